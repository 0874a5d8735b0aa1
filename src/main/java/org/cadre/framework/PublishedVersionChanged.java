package org.cadre.framework;

import org.cadre.web.ApiProblem;

import java.util.List;

/** A file or package that would change a published (or retired) version: refused, the stored version is kept. */
public class PublishedVersionChanged extends ApiProblem {

    PublishedVersionChanged(String source, FrameworkVersion stored, FrameworkDiff diff) {
        super(409, "published-version-changed", source + ": framework " + stored.framework.code + " version "
                + stored.version + " is " + stored.status.code() + " and cannot change, but the "
                + (source.endsWith("package") ? "package" : "file") + " differs from it (" + diff.summary()
                + "). The stored version is kept; give the changed content a new version number instead.", List.of());
    }
}
