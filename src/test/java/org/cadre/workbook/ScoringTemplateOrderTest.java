package org.cadre.workbook;

import org.cadre.cohort.CohortApi;
import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoringTemplateOrderTest {

    private static CohortApi.EnrolmentView enrolment(String name) {
        return new CohortApi.EnrolmentView(UUID.randomUUID(), UUID.randomUUID(), name, "enrolled", Instant.EPOCH, List.of());
    }

    @Test
    void collationKeysGiveTheOrderOfTheCollatorItselfEqualNamesKeepingTheirPlace() {
        String[] given = {"Ana", "ana", "Ána", "Élise", "Elise", "Ion", "Ștefan", "Stefan", "Zoë", "Zoe", "Ívar", "Ivar", "Ólafur", "Çelik", "Celik"};
        String[] family = {"Zota", "Botnaru", "Rusu", "Ababii", "Ciobanu", "Öztürk", "Oztürk", "Nguyễn", "Nguyen", "Mensah"};
        Random random = new Random(7);
        List<CohortApi.EnrolmentView> list = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            list.add(enrolment(given[random.nextInt(given.length)] + " " + family[random.nextInt(family.length)]));
        }
        List<CohortApi.EnrolmentView> reference = new ArrayList<>(list);
        reference.sort(Comparator.comparing(CohortApi.EnrolmentView::name, Collator.getInstance(Locale.ROOT)));

        assertEquals(reference, ScoringTemplateExport.byName(list));
    }
}
