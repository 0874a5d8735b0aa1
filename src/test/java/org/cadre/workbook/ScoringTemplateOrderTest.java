package org.cadre.workbook;

import org.cadre.cohort.CohortApi;
import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoringTemplateOrderTest {

    private static CohortApi.SeatedTrainee trainee(String given, String family) {
        return new CohortApi.SeatedTrainee(UUID.randomUUID(), given, family);
    }

    @Test
    void collationKeysGiveTheOrderOfTheCollatorItselfEqualNamesKeepingTheirPlace() {
        for (int size : new int[]{0, 1, 7, 2000}) {
            assertSortedAsTheCollatorSorts(size);
        }
    }

    private static void assertSortedAsTheCollatorSorts(int size) {
        String[] given = {"Ana", "ana", "Ána", "Élise", "Elise", "Ion", "Ștefan", "Stefan", "Zoë", "Zoe", "Ívar", "Ivar", "Ólafur", "Çelik", "Celik"};
        String[] family = {"Zota", "Botnaru", "Rusu", "Ababii", "Ciobanu", "Öztürk", "Oztürk", "Nguyễn", "Nguyen", "Mensah"};
        Random random = new Random(7);
        List<CohortApi.SeatedTrainee> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(trainee(given[random.nextInt(given.length)], family[random.nextInt(family.length)]));
        }
        List<CohortApi.SeatedTrainee> reference = new ArrayList<>(list);
        // the name as Cadre shows it (given, family), as Person#fullName()
        reference.sort(Comparator.comparing(t -> t.givenName() + " " + t.familyName(), Collator.getInstance(Locale.ROOT)));

        assertEquals(reference, ScoringTemplateExport.byName(list), "size " + size);
    }
}
