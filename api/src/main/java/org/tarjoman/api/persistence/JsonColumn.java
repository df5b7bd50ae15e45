package org.tarjoman.api.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A value kept as JSON text in one column (a VARCHAR on H2 and PostgreSQL alike, so no JSON column
 * type is needed), written and read by the application's {@link ObjectMapper}. Subclasses are CDI
 * beans, which Hibernate ORM in Quarkus takes as the entities' converters, and which JDBC code can
 * inject to read and write the same columns.
 *
 * @param <T> the value's type; immutable, so Hibernate compares it without copying it through JSON
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    private final TypeReference<T> type;

    @Inject
    ObjectMapper json;

    protected JsonColumn(TypeReference<T> type) {
        this.type = type;
    }

    /** The value that an empty (NULL) column stands for. */
    protected abstract T absent();

    /** Whether the value is stored as NULL. */
    protected boolean isAbsent(T value) {
        return value == null;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(type.getType() + " cannot be written as JSON", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return absent();
        }
        try {
            return frozen(json.readValue(column, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + type.getType() + " is not valid JSON", e);
        }
    }

    /** The value as read, made unmodifiable. */
    protected abstract T frozen(T value);
}
