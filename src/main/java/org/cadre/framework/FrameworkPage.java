package org.cadre.framework;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cadre.web.Locales;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pages to browse frameworks: the list, and one version as a tree with a search box ({@code ?q=},
 * accent-insensitive). Texts are shown in the page's language; where a translation is missing the
 * English text is shown, marked with an "EN" badge and {@code lang="en"}.
 */
@Path("/frameworks")
@Produces(MediaType.TEXT_HTML)
public class FrameworkPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ListItem> frameworks);

        static native TemplateInstance tree(TreeModel model);
    }

    /** A text in the page's language, or the English one ({@code fallback}) when there is no translation. */
    public record Text(String value, String lang, boolean fallback) {
    }

    public record VersionItem(String version, String status, int competencies) {
    }

    public record ListItem(String code, Text title, List<VersionItem> versions) {
    }

    public record LevelItem(int position, Text label, boolean proficient) {
    }

    public record CompetencyItem(String code, Text statement, String level, String dimension, List<Text> indicators) {
    }

    public record FunctionItem(String code, Text title, List<CompetencyItem> competencies) {
    }

    public record TreeModel(String code, String version, String status, Text title, Text description, Text notice,
                            List<LevelItem> scale, List<FunctionItem> functions, String query, int matches,
                            List<VersionItem> versions) {
        public boolean searching() {
            return query != null && !query.isBlank();
        }
    }

    @Inject
    FrameworkService frameworks;

    @Inject
    Locales locales;

    @GET
    @Authenticated
    @Transactional
    public TemplateInstance list() {
        String lang = locales.current().getLanguage();
        List<ListItem> items = frameworks.list().stream()
                .map(f -> new ListItem(f.code(), text(f.title(), lang), f.versions().stream()
                        .map(v -> new VersionItem(v.version(), v.status(), v.competencies())).toList()))
                .toList();
        return Templates.list(items);
    }

    @GET
    @Path("{code}/{version}")
    @Authenticated
    @Transactional
    public TemplateInstance tree(@PathParam("code") String code, @PathParam("version") String version,
                                 @QueryParam("q") String q) {
        String lang = locales.current().getLanguage();
        FrameworkViews.VersionTree tree = frameworks.tree(code, version);
        String needle = fold(q == null ? "" : q.strip());
        List<FunctionItem> functions = new ArrayList<>();
        int matches = 0;
        for (FrameworkViews.FunctionView f : tree.functions()) {
            List<CompetencyItem> items = new ArrayList<>();
            for (FrameworkViews.CompetencyView c : f.competencies()) {
                CompetencyItem item = new CompetencyItem(c.code(), text(c.statement(), lang), c.level(), c.dimension(),
                        c.indicators().stream().map(i -> text(i, lang)).toList());
                if (needle.isEmpty() || matches(c, needle)) {
                    items.add(item);
                }
            }
            matches += items.size();
            if (!items.isEmpty() || needle.isEmpty()) {
                functions.add(new FunctionItem(f.code(), text(f.title(), lang), items));
            }
        }
        List<VersionItem> versions = frameworks.framework(code).versions().stream()
                .map(v -> new VersionItem(v.version(), v.status(), v.competencies())).toList();
        TreeModel model = new TreeModel(tree.code(), tree.version(), tree.status(), text(tree.title(), lang),
                text(tree.description(), lang), text(tree.notice(), lang),
                tree.scale().stream().map(l -> new LevelItem(l.position(), text(l.label(), lang), l.proficient())).toList(),
                functions, q == null ? "" : q.strip(), matches, versions);
        return Templates.tree(model);
    }

    /** Matches the code, or the statement or an indicator in any language, ignoring case and accents. */
    private static boolean matches(FrameworkViews.CompetencyView c, String needle) {
        if (fold(c.code()).contains(needle)) {
            return true;
        }
        if (c.statement().values().stream().anyMatch(s -> fold(s).contains(needle))) {
            return true;
        }
        return c.indicators().stream().flatMap(i -> i.values().stream()).anyMatch(s -> fold(s).contains(needle));
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    static Text text(Map<String, String> texts, String lang) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        String value = texts.get(lang);
        if (value != null && !value.isBlank()) {
            return new Text(value, lang, false);
        }
        return new Text(texts.get("en"), "en", !"en".equals(lang));
    }
}
