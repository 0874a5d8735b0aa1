package org.cadre.framework;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads and validates a framework file (YAML or JSON, schema in {@code curricula/README.md}). Every
 * problem found is reported at once, with the line and key path it concerns, e.g.
 * {@code psw.yaml:42: functions[2].competencies[0].statement.en: English text is required}.
 */
final class CurriculumReader {

    static final Pattern FRAMEWORK_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,19}");
    static final Pattern ITEM_CODE = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]+(\\.[0-9]+)*");
    static final Pattern LEVEL_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+){0,2}(-[a-z0-9]+)?");
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private final String source;
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<CurriculumException.Problem> problems = new ArrayList<>();

    private CurriculumReader(String source) {
        this.source = source;
    }

    /** Parses YAML (or JSON, which is YAML too) text; {@code source} names the file in messages. */
    static FrameworkDefinition read(String source, String text) {
        CurriculumReader reader = new CurriculumReader(source);
        boolean json = source.endsWith(".json") || text.stripLeading().startsWith("{");
        JsonNode root;
        try (JsonParser parser = (json ? JSON : YAML).createParser(text)) {
            if (parser.nextToken() == null) {
                throw new CurriculumException(source + " is empty", List.of(new CurriculumException.Problem(source, 0, "", "the file is empty")));
            }
            root = reader.node(parser, "");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CurriculumException(source + " is not valid " + (json ? "JSON" : "YAML"),
                    List.of(new CurriculumException.Problem(source, line, "", e.getOriginalMessage())));
        } catch (IOException e) {
            throw new CurriculumException(source + " cannot be read",
                    List.of(new CurriculumException.Problem(source, 0, "", e.getMessage())));
        }
        FrameworkDefinition definition = reader.framework(root);
        if (!reader.problems.isEmpty()) {
            throw new CurriculumException(source + " has " + reader.problems.size() + " problem(s)", reader.problems);
        }
        return definition;
    }

    // ── building a tree that remembers the line of each key ─────────────────────────────────────

    private JsonNode node(JsonParser p, String path) throws IOException {
        JsonToken token = p.currentToken();
        lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    lines.put(child, p.currentTokenLocation().getLineNr());
                    p.nextToken();
                    if (object.has(name)) {
                        problem(child, "the key appears twice");
                    }
                    object.set(name, node(p, child));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(node(p, path + "[" + i++ + "]"));
                }
                return array;
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return BooleanNode.valueOf(p.getBooleanValue());
            }
            case VALUE_NULL -> {
                return NullNode.getInstance();
            }
            default -> {
                return TextNode.valueOf(p.getText());
            }
        }
    }

    // ── validation ─────────────────────────────────────────────────────────────────────────────

    private FrameworkDefinition framework(JsonNode root) {
        if (!root.isObject()) {
            problem("", "the file must hold one framework (a mapping with code, version, title …)");
            return null;
        }
        only(root, "", Set.of("code", "cadre", "version", "status", "title", "description", "notice", "scale", "functions"));
        String code = required(root, "", "code", FRAMEWORK_CODE, "an upper-case code such as PSW or CYCW");
        String cadre = required(root, "", "cadre", LEVEL_CODE, "a lower-case word such as para-social-worker");
        String version = required(root, "", "version", VERSION, "a version number such as 1.0");
        String status = root.has("status") ? root.get("status").asText("") : "draft";
        if (!List.of("draft", "published", "retired").contains(status)) {
            problem("status", "unknown status '" + status + "': use draft, published or retired");
        }
        SortedMap<String, String> title = texts(root, "", "title", true);
        SortedMap<String, String> description = texts(root, "", "description", false);
        SortedMap<String, String> notice = texts(root, "", "notice", false);

        List<FrameworkDefinition.Level> scale = new ArrayList<>();
        JsonNode scaleNode = list(root, "", "scale");
        if (scaleNode != null) {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < scaleNode.size(); i++) {
                String path = "scale[" + i + "]";
                JsonNode level = scaleNode.get(i);
                if (!object(level, path)) {
                    continue;
                }
                only(level, path, Set.of("code", "label", "proficient"));
                String levelCode = required(level, path, "code", LEVEL_CODE, "a lower-case code such as proficient");
                if (levelCode != null && !codes.add(levelCode)) {
                    problem(path + ".code", "duplicate scale level code '" + levelCode + "'");
                }
                JsonNode proficient = level.get("proficient");
                if (proficient != null && !proficient.isBoolean()) {
                    problem(path + ".proficient", "must be true or false");
                }
                scale.add(new FrameworkDefinition.Level(levelCode, texts(level, path, "label", true),
                        proficient != null && proficient.asBoolean(false)));
            }
            if (scale.isEmpty()) {
                problem("scale", "the rating scale needs at least one level");
            } else if (scale.stream().noneMatch(FrameworkDefinition.Level::proficient)) {
                problem("scale", "no level of the rating scale is marked proficient: true");
            }
        }

        List<FrameworkDefinition.Function> functions = new ArrayList<>();
        JsonNode functionsNode = list(root, "", "functions");
        Set<String> itemCodes = new HashSet<>();
        if (functionsNode != null) {
            for (int f = 0; f < functionsNode.size(); f++) {
                String path = "functions[" + f + "]";
                JsonNode function = functionsNode.get(f);
                if (!object(function, path)) {
                    continue;
                }
                only(function, path, Set.of("code", "title", "description", "competencies"));
                String functionCode = itemCode(function, path, code, itemCodes);
                List<FrameworkDefinition.Item> items = new ArrayList<>();
                JsonNode competencies = list(function, path, "competencies");
                if (competencies != null) {
                    for (int c = 0; c < competencies.size(); c++) {
                        String cpath = path + ".competencies[" + c + "]";
                        JsonNode competency = competencies.get(c);
                        if (!object(competency, cpath)) {
                            continue;
                        }
                        items.add(competency(competency, cpath, code, itemCodes));
                    }
                    if (items.isEmpty()) {
                        problem(path + ".competencies", "a function needs at least one competency");
                    }
                }
                functions.add(new FrameworkDefinition.Function(functionCode, texts(function, path, "title", true),
                        texts(function, path, "description", false), List.copyOf(items)));
            }
            if (functions.isEmpty()) {
                problem("functions", "a framework needs at least one function");
            }
        }
        return new FrameworkDefinition(code, cadre, version, status, title, description, notice,
                List.copyOf(scale), List.copyOf(functions));
    }

    private FrameworkDefinition.Item competency(JsonNode node, String path, String frameworkCode, Set<String> itemCodes) {
        only(node, path, Set.of("code", "statement", "level", "dimension", "indicators"));
        String code = itemCode(node, path, frameworkCode, itemCodes);
        String level = required(node, path, "level", null, null);
        if (level != null && !Competency.LEVELS.contains(level)) {
            problem(path + ".level", "unknown level '" + level + "': use basic or advanced");
        }
        String dimension = required(node, path, "dimension", null, null);
        if (dimension != null && !Competency.DIMENSIONS.contains(dimension)) {
            problem(path + ".dimension", "unknown dimension '" + dimension + "': use knowledge, skills or values");
        }
        List<SortedMap<String, String>> indicators = new ArrayList<>();
        JsonNode list = node.get("indicators");
        if (list != null && !list.isArray()) {
            problem(path + ".indicators", "must be a list");
        } else if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                String ipath = path + ".indicators[" + i + "]";
                JsonNode indicator = list.get(i);
                if (indicator.isTextual()) {
                    // A bare string is English only.
                    indicators.add(new TreeMap<>(Map.of("en", indicator.asText().strip())));
                } else {
                    indicators.add(languageMap(indicator, ipath, true));
                }
            }
        }
        return new FrameworkDefinition.Item(code, texts(node, path, "statement", true), level, dimension, List.copyOf(indicators));
    }

    private String itemCode(JsonNode node, String path, String frameworkCode, Set<String> seen) {
        String code = required(node, path, "code", ITEM_CODE, "a code such as PSW-2 or PSW-2.3");
        if (code == null) {
            return null;
        }
        if (frameworkCode != null && !code.startsWith(frameworkCode + "-")) {
            problem(path + ".code", "'" + code + "' must start with the framework code " + frameworkCode + "-");
        }
        if (!seen.add(code)) {
            problem(path + ".code", "duplicate code '" + code + "'");
        }
        return code;
    }

    private SortedMap<String, String> texts(JsonNode parent, String parentPath, String key, boolean required) {
        String path = join(parentPath, key);
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (required) {
                problem(path + ".en", "English text is required");
            }
            return new TreeMap<>();
        }
        if (node.isTextual()) {
            return new TreeMap<>(Map.of("en", node.asText().strip()));
        }
        return languageMap(node, path, required);
    }

    private SortedMap<String, String> languageMap(JsonNode node, String path, boolean englishRequired) {
        SortedMap<String, String> texts = new TreeMap<>();
        if (!node.isObject()) {
            problem(path, "must be texts per language, e.g. en: …, fr: …");
            return texts;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String lpath = path + "." + e.getKey();
            if (!LANGUAGE.matcher(e.getKey()).matches()) {
                problem(lpath, "'" + e.getKey() + "' is not a two-letter language code");
            } else if (!e.getValue().isValueNode() || e.getValue().isNull() || e.getValue().asText().isBlank()) {
                problem(lpath, "must be a non-empty text");
            } else {
                texts.put(e.getKey(), e.getValue().asText().strip());
            }
        }
        if (englishRequired && !texts.containsKey("en") && !node.has("en")) {
            problem(path + ".en", "English text is required");
        }
        return texts;
    }

    private String required(JsonNode parent, String parentPath, String key, Pattern pattern, String hint) {
        String path = join(parentPath, key);
        JsonNode node = parent.get(key);
        if (node == null || node.isNull() || !node.isValueNode() || node.asText().isBlank()) {
            problem(path, "is required");
            return null;
        }
        String value = node.asText().strip();
        if (pattern != null && !pattern.matcher(value).matches()) {
            problem(path, "'" + value + "' is not " + hint);
        }
        return value;
    }

    private JsonNode list(JsonNode parent, String parentPath, String key) {
        String path = join(parentPath, key);
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            problem(path, "is required");
            return null;
        }
        if (!node.isArray()) {
            problem(path, "must be a list");
            return null;
        }
        return node;
    }

    private boolean object(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "must be a mapping of keys");
            return false;
        }
        return true;
    }

    private void only(JsonNode node, String path, Set<String> allowed) {
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problem(join(path, name), "unknown key (expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        });
    }

    private void problem(String path, String message) {
        problems.add(new CurriculumException.Problem(source, line(path), path, message));
    }

    /** The line of the key, else of the closest enclosing key that exists. */
    private int line(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    private static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }
}
