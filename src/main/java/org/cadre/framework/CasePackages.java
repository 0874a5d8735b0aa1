package org.cadre.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.web.ApiProblem;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Export and import of a framework version as a 1EdTech CASE 1.1 package: one CFDocument, CFItems of
 * type Function, Competency and Indicator, and {@code isChildOf} CFAssociations (indicator → competency
 * → function → document). Identifiers are the version's stable ids ({@link StableIds}), URIs sit under
 * {@code cadre.framework.case-base-url}. CASE texts are single-language (English); the other languages,
 * the rating scale, level and dimension travel in {@code extensions.cadre}. An import creates a DRAFT
 * (or changes nothing when the same version with the same content exists).
 */
@ApplicationScoped
class CasePackages {

    static final String SOURCE = "CASE package";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FrameworkConfig config;

    @Inject
    FrameworkService reading;

    @Inject
    ImportingFrameworks importing;

    @Transactional
    ObjectNode export(String code, String version) {
        FrameworkVersion v = reading.version(code, version);
        Instant changed = v.publishedAt != null ? v.publishedAt : v.createdAt;
        return export(FrameworkContent.definitionOf(v), changed);
    }

    ObjectNode export(FrameworkDefinition d, Instant changed) {
        String base = config.caseBaseUrl().replaceAll("/+$", "");
        String when = changed.truncatedTo(ChronoUnit.SECONDS).toString();
        String docId = StableIds.document(d.code(), d.version()).toString();
        ObjectNode pkg = JSON.createObjectNode();

        ObjectNode doc = pkg.putObject("CFDocument");
        doc.put("identifier", docId);
        doc.put("uri", base + "/CFDocuments/" + docId);
        doc.put("creator", "Cadre");
        doc.put("title", d.title().get("en"));
        doc.put("lastChangeDateTime", when);
        doc.put("version", d.version());
        if (d.description().containsKey("en")) {
            doc.put("description", d.description().get("en"));
        }
        doc.putArray("subject").add(d.cadre());
        doc.put("language", "en");
        doc.put("adoptionStatus", switch (d.status()) {
            case "published" -> "Adopted";
            case "retired" -> "Deprecated";
            default -> "Draft";
        });
        if (d.notice().containsKey("en")) {
            doc.put("notes", d.notice().get("en"));
        }
        ObjectNode pkgUri = doc.putObject("CFPackageURI");
        pkgUri.put("title", d.title().get("en"));
        pkgUri.put("identifier", docId);
        pkgUri.put("uri", base + "/CFPackages/" + docId);
        ObjectNode docExt = doc.putObject("extensions").putObject("cadre");
        docExt.put("code", d.code());
        docExt.put("cadre", d.cadre());
        docExt.set("title", JSON.valueToTree(d.title()));
        docExt.set("description", JSON.valueToTree(d.description()));
        docExt.set("notice", JSON.valueToTree(d.notice()));
        ArrayNode scale = docExt.putArray("scale");
        for (FrameworkDefinition.Level l : d.scale()) {
            ObjectNode level = scale.addObject();
            level.put("identifier", StableIds.level(d.code(), d.version(), l.code()).toString());
            level.put("code", l.code());
            level.set("label", JSON.valueToTree(l.label()));
            level.put("proficient", l.proficient());
        }

        ObjectNode docRef = JSON.createObjectNode();
        docRef.put("title", d.title().get("en"));
        docRef.put("identifier", docId);
        docRef.put("uri", base + "/CFDocuments/" + docId);

        ArrayNode items = pkg.putArray("CFItems");
        ArrayNode associations = pkg.putArray("CFAssociations");
        int fseq = 0;
        for (FrameworkDefinition.Function f : d.functions()) {
            String fid = StableIds.item(d.code(), d.version(), f.code()).toString();
            ObjectNode fi = item(items, base, fid, docRef, f.title().get("en"), f.code(), "Function", ++fseq, when);
            ObjectNode fext = fi.putObject("extensions").putObject("cadre");
            fext.set("fullStatement", JSON.valueToTree(f.title()));
            fext.set("description", JSON.valueToTree(f.description()));
            association(associations, base, docRef, fi, docRef, fseq, when);
            int cseq = 0;
            for (FrameworkDefinition.Item c : f.competencies()) {
                String cid = StableIds.item(d.code(), d.version(), c.code()).toString();
                ObjectNode ci = item(items, base, cid, docRef, c.statement().get("en"), c.code(), "Competency", ++cseq, when);
                ci.putArray("conceptKeywords").add(c.level()).add(c.dimension());
                ObjectNode cext = ci.putObject("extensions").putObject("cadre");
                cext.set("fullStatement", JSON.valueToTree(c.statement()));
                cext.put("level", c.level());
                cext.put("dimension", c.dimension());
                association(associations, base, docRef, ci, ref(fi), cseq, when);
                int iseq = 0;
                for (SortedMap<String, String> indicator : c.indicators()) {
                    String iid = StableIds.indicator(d.code(), d.version(), c.code(), iseq).toString();
                    ObjectNode ii = item(items, base, iid, docRef, indicator.get("en"), null, "Indicator", ++iseq, when);
                    ii.putObject("extensions").putObject("cadre").set("fullStatement", JSON.valueToTree(indicator));
                    association(associations, base, docRef, ii, ref(ci), iseq, when);
                }
            }
        }
        ObjectNode definitions = pkg.putObject("CFDefinitions");
        ArrayNode types = definitions.putArray("CFItemTypes");
        for (String type : List.of("Function", "Competency", "Indicator")) {
            String tid = StableIds.v5("CFItemType/" + type).toString();
            ObjectNode t = types.addObject();
            t.put("identifier", tid);
            t.put("uri", base + "/CFItemTypes/" + tid);
            t.put("title", type);
            t.put("description", type + " of a Cadre competency framework");
            t.put("hierarchyCode", type);
            t.put("lastChangeDateTime", when);
        }
        return pkg;
    }

    private static ObjectNode item(ArrayNode items, String base, String id, ObjectNode docRef, String statement,
                                   String code, String type, int position, String when) {
        ObjectNode item = items.addObject();
        item.put("identifier", id);
        item.put("uri", base + "/CFItems/" + id);
        item.set("CFDocumentURI", docRef.deepCopy());
        item.put("fullStatement", statement);
        if (code != null) {
            item.put("humanCodingScheme", code);
        }
        item.put("listEnumeration", String.valueOf(position));
        item.put("CFItemType", type);
        String tid = StableIds.v5("CFItemType/" + type).toString();
        ObjectNode typeRef = item.putObject("CFItemTypeURI");
        typeRef.put("title", type);
        typeRef.put("identifier", tid);
        typeRef.put("uri", base + "/CFItemTypes/" + tid);
        item.put("language", "en");
        item.put("lastChangeDateTime", when);
        return item;
    }

    private static ObjectNode ref(ObjectNode item) {
        ObjectNode ref = JSON.createObjectNode();
        ref.put("title", item.path("humanCodingScheme").asText(item.path("fullStatement").asText()));
        ref.put("identifier", item.get("identifier").asText());
        ref.put("uri", item.get("uri").asText());
        return ref;
    }

    private static void association(ArrayNode associations, String base, ObjectNode docRef, ObjectNode child,
                                    ObjectNode parent, int sequence, String when) {
        String id = StableIds.association(java.util.UUID.fromString(child.get("identifier").asText()),
                java.util.UUID.fromString(parent.get("identifier").asText())).toString();
        ObjectNode a = associations.addObject();
        a.put("identifier", id);
        a.put("uri", base + "/CFAssociations/" + id);
        a.put("associationType", "isChildOf");
        a.set("CFDocumentURI", docRef.deepCopy());
        a.put("sequenceNumber", sequence);
        a.set("originNodeURI", ref(child));
        a.set("destinationNodeURI", parent.deepCopy());
        a.put("lastChangeDateTime", when);
    }

    // ── import ────────────────────────────────────────────────────────────────────────────────

    ImportingFrameworks.Result importPackage(JsonNode pkg) {
        FrameworkDefinition d = read(pkg);
        return importing.bring(d, SOURCE);
    }

    /** Turns a CASE package into a definition, validated like a curricula file (always a draft). */
    static FrameworkDefinition read(JsonNode pkg) {
        JsonNode doc = pkg.path("CFDocument");
        if (!doc.isObject()) {
            throw ApiProblem.invalid("CFDocument", "a CASE package needs a CFDocument");
        }
        String docId = doc.path("identifier").asText("");
        JsonNode ext = doc.path("extensions").path("cadre");
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode item : pkg.path("CFItems")) {
            byId.put(item.path("identifier").asText(), item);
        }
        Map<String, List<JsonNode>> children = new HashMap<>();
        for (JsonNode a : pkg.path("CFAssociations")) {
            if (!"isChildOf".equals(a.path("associationType").asText())) {
                continue;
            }
            children.computeIfAbsent(a.path("destinationNodeURI").path("identifier").asText(), k -> new ArrayList<>()).add(a);
        }
        String code = ext.path("code").asText(null);
        List<JsonNode> functionNodes = childrenOf(docId, children, byId);
        if (code == null) {
            code = functionNodes.stream().map(f -> f.path("humanCodingScheme").asText(""))
                    .filter(s -> s.contains("-")).map(s -> s.substring(0, s.indexOf('-'))).findFirst().orElse(null);
        }
        ObjectNode file = JSON.createObjectNode();
        file.put("code", code);
        file.put("cadre", ext.path("cadre").asText(doc.path("subject").path(0).asText("para-professional")));
        file.put("version", doc.path("version").asText(null));
        file.put("status", "draft");
        file.set("title", texts(ext.path("title"), doc.path("title")));
        if (ext.has("description") || doc.has("description")) {
            file.set("description", texts(ext.path("description"), doc.path("description")));
        }
        if (ext.has("notice") || doc.has("notes")) {
            file.set("notice", texts(ext.path("notice"), doc.path("notes")));
        }
        ArrayNode scale = file.putArray("scale");
        if (ext.path("scale").isArray() && !ext.path("scale").isEmpty()) {
            for (JsonNode l : ext.path("scale")) {
                ObjectNode level = scale.addObject();
                level.put("code", l.path("code").asText());
                level.set("label", l.path("label"));
                level.put("proficient", l.path("proficient").asBoolean(false));
            }
        } else {
            // A package from another tool carries no rating scale: start the draft with a plain one.
            addLevel(scale, "not-yet", "Not yet demonstrated", "Pas encore démontré", false);
            addLevel(scale, "developing", "Developing", "En développement", false);
            addLevel(scale, "proficient", "Proficient", "Maîtrisé", true);
        }
        ArrayNode functions = file.putArray("functions");
        for (JsonNode f : functionNodes) {
            ObjectNode function = functions.addObject();
            function.put("code", f.path("humanCodingScheme").asText(null));
            JsonNode fext = f.path("extensions").path("cadre");
            function.set("title", texts(fext.path("fullStatement"), f.path("fullStatement")));
            if (fext.path("description").size() > 0) {
                function.set("description", fext.path("description"));
            }
            ArrayNode competencies = function.putArray("competencies");
            for (JsonNode c : childrenOf(f.path("identifier").asText(), children, byId)) {
                ObjectNode competency = competencies.addObject();
                JsonNode cext = c.path("extensions").path("cadre");
                competency.put("code", c.path("humanCodingScheme").asText(null));
                competency.set("statement", texts(cext.path("fullStatement"), c.path("fullStatement")));
                competency.put("level", cext.path("level").asText(keyword(c, Competency.LEVELS, "basic")));
                competency.put("dimension", cext.path("dimension").asText(keyword(c, Competency.DIMENSIONS, "skills")));
                ArrayNode indicators = competency.putArray("indicators");
                for (JsonNode i : childrenOf(c.path("identifier").asText(), children, byId)) {
                    indicators.add(texts(i.path("extensions").path("cadre").path("fullStatement"), i.path("fullStatement")));
                }
            }
        }
        try {
            return CurriculumReader.read(SOURCE + ".json", JSON.writeValueAsString(file));
        } catch (CurriculumException e) {
            throw ApiProblem.badRequest("The CASE package does not describe a usable framework",
                    e.problems().stream().map(p -> new org.cadre.web.Problem.FieldError(p.path(), p.message())).toList());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> childrenOf(String parentId, Map<String, List<JsonNode>> children, Map<String, JsonNode> byId) {
        return children.getOrDefault(parentId, List.of()).stream()
                .sorted(Comparator.comparingInt(a -> a.path("sequenceNumber").asInt(Integer.MAX_VALUE)))
                .map(a -> byId.get(a.path("originNodeURI").path("identifier").asText()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static ObjectNode texts(JsonNode translations, JsonNode english) {
        ObjectNode texts = JSON.createObjectNode();
        if (translations.isObject()) {
            translations.fields().forEachRemaining(e -> texts.set(e.getKey(), e.getValue()));
        }
        if (!texts.has("en") && english.isTextual()) {
            texts.put("en", english.asText());
        }
        return texts;
    }

    private static String keyword(JsonNode item, List<String> allowed, String otherwise) {
        for (JsonNode k : item.path("conceptKeywords")) {
            if (allowed.contains(k.asText())) {
                return k.asText();
            }
        }
        return otherwise;
    }

    private static void addLevel(ArrayNode scale, String code, String en, String fr, boolean proficient) {
        ObjectNode level = scale.addObject();
        level.put("code", code);
        Map<String, String> label = new LinkedHashMap<>();
        label.put("en", en);
        label.put("fr", fr);
        level.set("label", JSON.valueToTree(new TreeMap<>(label)));
        level.put("proficient", proficient);
    }
}
