package org.cadre.workbook;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import org.cadre.web.Locales;

import java.util.Locale;

/**
 * The row errors of an import in the language of the person uploading (the request's language), so
 * that the preview speaks to them in French or Romanian too. Outside a request (a unit test reading a
 * file directly) the errors are in English.
 */
final class ImportMessages {

    private ImportMessages() {
    }

    static WorkbookMessages current() {
        Locale language = Locale.ENGLISH;
        if (Arc.container() != null) {
            ManagedContext request = Arc.container().requestContext();
            if (request.isActive()) {
                language = Arc.container().instance(Locales.class).get().current();
            }
        }
        return FrameworkExport.messages(language);
    }
}
