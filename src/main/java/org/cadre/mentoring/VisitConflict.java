package org.cadre.mentoring;

import org.cadre.web.ApiProblem;

import java.util.List;

/** 409: the visit changed since the client read it. Carries both versions so nothing is lost. */
class VisitConflict extends ApiProblem {

    final VisitApi.VisitRequest yours;
    final VisitApi.VisitView current;

    VisitConflict(VisitApi.VisitRequest yours, VisitApi.VisitView current) {
        super(409, "edit-conflict", "The visit was changed by someone else (now version " + current.version()
                + "); nothing was overwritten. Compare yours with current and send again with version "
                + current.version() + ".", List.of());
        this.yours = yours;
        this.current = current;
    }
}
