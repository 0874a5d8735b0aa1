package org.cadre.framework;

import java.util.List;

/** A curricula file (or a draft body) that cannot be used; each problem names the file, line and key. */
public class CurriculumException extends RuntimeException {

    /** One problem: the key path ({@code functions[2].competencies[0].statement.en}), line (0 if none) and reason. */
    public record Problem(String source, int line, String path, String message) {
        @Override
        public String toString() {
            return source + (line > 0 ? ":" + line : "") + ": " + (path.isEmpty() ? "" : path + ": ") + message;
        }
    }

    private final List<Problem> problems;

    CurriculumException(String summary, List<Problem> problems) {
        super(summary + (problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems.stream().map(Problem::toString).toList())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
