package org.cadre.framework;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Locale;

/** Lifecycle of a framework version: draft → published → retired (see {@link LifecyclePolicy}). */
public enum FrameworkStatus {
    DRAFT, PUBLISHED, RETIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FrameworkStatus of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** Stored in lower case, as the files and the API spell it. */
    @Converter(autoApply = true)
    public static class DbConverter implements AttributeConverter<FrameworkStatus, String> {
        @Override
        public String convertToDatabaseColumn(FrameworkStatus status) {
            return status == null ? null : status.code();
        }

        @Override
        public FrameworkStatus convertToEntityAttribute(String code) {
            return code == null ? null : of(code);
        }
    }
}
