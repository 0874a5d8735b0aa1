package org.cadre.framework;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * A framework version as plain data: what a curricula file, a draft edit and a CASE package all
 * become before they are stored, and what diffs and exports are computed from. Texts are maps from
 * language code to text; English ({@code en}) is always present.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record FrameworkDefinition(String code, String cadre, String version, String status,
                           SortedMap<String, String> title, SortedMap<String, String> description,
                           SortedMap<String, String> notice, List<Level> scale, List<Function> functions) {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Level(String code, SortedMap<String, String> label, boolean proficient) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Function(String code, SortedMap<String, String> title, SortedMap<String, String> description,
                    List<Item> competencies) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Item(String code, SortedMap<String, String> statement, String level, String dimension,
                List<SortedMap<String, String>> indicators) {
    }

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    Stream<Item> competencies() {
        return functions.stream().flatMap(f -> f.competencies().stream());
    }

    Optional<Item> competency(String itemCode) {
        return competencies().filter(c -> c.code().equals(itemCode)).findFirst();
    }

    FrameworkDefinition withStatus(String newStatus) {
        return new FrameworkDefinition(code, cadre, version, newStatus, title, description, notice, scale, functions);
    }

    FrameworkDefinition withVersion(String newVersion) {
        return new FrameworkDefinition(code, cadre, newVersion, status, title, description, notice, scale, functions);
    }

    /** SHA-256 of the content (everything but the lifecycle status), to tell whether a file changed. */
    String contentHash() {
        try {
            byte[] json = CANONICAL.writeValueAsBytes(new FrameworkDefinition(code, cadre, version, null, title,
                    description, notice, scale, functions));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Map<String, String> texts, String language) {
        return texts == null ? null : texts.get(language);
    }
}
