package org.tarjoman.api.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

/**
 * The queries of one entity in short HQL, as each entity's {@code ROWS}: a bare property ({@code "name"}
 * means {@code name = ?1}), a condition ({@code "jobId = ?1 order by id"}), an {@code order by …}, or a
 * whole {@code from …} query. Parameters are positional ({@code ?1}) or named (a {@link Map}).
 */
public final class Rows<T> {

    private final Class<T> type;

    private Rows(Class<T> type) {
        this.type = type;
    }

    public static <T> Rows<T> of(Class<T> type) {
        return new Rows<>(type);
    }

    public T findById(Object id) {
        return entities().find(type, id);
    }

    public T findById(Object id, jakarta.persistence.LockModeType lock) {
        return entities().find(type, id, lock);
    }

    public Optional<T> findByIdOptional(Object id) {
        return Optional.ofNullable(findById(id));
    }

    public Found<T> find(String query, Object... parameters) {
        return new Found<>(this, select(query), parameters, null);
    }

    public Found<T> find(String query, Map<String, ?> parameters) {
        return new Found<>(this, select(query), null, parameters);
    }

    public List<T> list(String query, Object... parameters) {
        return find(query, parameters).list();
    }

    /** The rows one by one, read as they are used (for a task of thousands of segments). */
    public java.util.stream.Stream<T> stream(String query, Object... parameters) {
        return find(query, parameters).typed().getResultStream();
    }

    /** Every row, one by one. */
    public java.util.stream.Stream<T> streamAll() {
        return find("").stream();
    }

    public long count() {
        return find("").count();
    }

    public long count(String query, Object... parameters) {
        return find(query, parameters).count();
    }

    /** {@code "status = ?1 where id = ?2"}: an HQL update of this entity; answers the rows changed. */
    public int update(String query, Object... parameters) {
        return bind(entities().createQuery("update " + type.getSimpleName() + " set " + query), parameters, null)
                .executeUpdate();
    }

    public int update(String query, Map<String, ?> parameters) {
        return bind(entities().createQuery("update " + type.getSimpleName() + " set " + query), null, parameters)
                .executeUpdate();
    }

    public long delete(String query, Object... parameters) {
        return bind(entities().createQuery("delete from " + type.getSimpleName() + where(query)), parameters, null)
                .executeUpdate();
    }

    public void flush() {
        entities().flush();
    }

    public EntityManager entities() {
        return Database.entities();
    }

    private String select(String query) {
        String q = query.strip();
        if (q.regionMatches(true, 0, "from ", 0, 5) || q.regionMatches(true, 0, "select ", 0, 7)) {
            return q;
        }
        return "from " + type.getSimpleName() + where(q);
    }

    private static String where(String query) {
        String q = query.strip();
        if (q.isEmpty()) {
            return "";
        }
        if (q.regionMatches(true, 0, "order by ", 0, 9)) {
            return " " + q;
        }
        if (q.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            return " where " + q + " = ?1";
        }
        return " where " + q;
    }

    static <Q extends Query> Q bind(Q query, Object[] positional, Map<String, ?> named) {
        if (positional != null) {
            for (int i = 0; i < positional.length; i++) {
                query.setParameter(i + 1, positional[i]);
            }
        }
        if (named != null) {
            named.forEach(query::setParameter);
        }
        return query;
    }

    /** A query not yet run: its first row, all rows, a page of them, or how many there are. */
    public static final class Found<T> {

        private final Rows<T> rows;
        private final String hql;
        private final Object[] positional;
        private final Map<String, ?> named;
        private final Map<String, Object> hints = new java.util.HashMap<>();
        private int first;
        private int max = -1;

        private Found(Rows<T> rows, String hql, Object[] positional, Map<String, ?> named) {
            this.rows = rows;
            this.hql = hql;
            this.positional = positional;
            this.named = named;
        }

        /** A query hint ({@code org.hibernate.jpa.HibernateHints}), such as read-only or the flush mode. */
        public Found<T> withHint(String name, Object value) {
            hints.put(name, value);
            return this;
        }

        public java.util.stream.Stream<T> stream() {
            return typed().getResultStream();
        }

        public Found<T> page(int index, int size) {
            this.first = index * size;
            this.max = size;
            return this;
        }

        public T firstResult() {
            List<T> found = typed().setMaxResults(1).getResultList();
            return found.isEmpty() ? null : found.get(0);
        }

        public Optional<T> firstResultOptional() {
            return Optional.ofNullable(firstResult());
        }

        public List<T> list() {
            TypedQuery<T> query = typed();
            if (max >= 0) {
                query.setFirstResult(first).setMaxResults(max);
            }
            return query.getResultList();
        }

        public long count() {
            String withoutOrder = hql.replaceFirst("(?i)\\s+order by .*$", "");
            TypedQuery<Long> query = rows.entities().createQuery("select count(*) " + withoutOrder, Long.class);
            return bind(query, positional, named).getSingleResult();
        }

        private TypedQuery<T> typed() {
            TypedQuery<T> query = bind(rows.entities().createQuery(hql, rows.type), positional, named);
            hints.forEach(query::setHint);
            return query;
        }
    }
}
