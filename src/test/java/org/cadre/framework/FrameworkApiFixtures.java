package org.cadre.framework;

/** Framework bodies for tests of other features. */
public final class FrameworkApiFixtures {

    private FrameworkApiFixtures() {
    }

    /** A small valid draft framework version (JSON) with the given code. */
    public static String draftJson(String code) {
        return FrameworkResourceTest.draftBody(code);
    }
}
