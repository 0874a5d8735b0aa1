package org.cadre.testsupport;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Declares {@link LocalServices} for the whole test run. Global scope: every {@code @QuarkusTest}
 * shares one application and one set of services, so Quarkus starts once.
 */
@WithTestResource(value = LocalServices.class, scope = TestResourceScope.GLOBAL)
public final class WithLocalServices {
    private WithLocalServices() {
    }
}
