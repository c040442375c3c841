package vn.phoihop.audit;

import java.lang.reflect.Field;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one mechanism that records changes: Hibernate reports every insert, update, delete and collection
 * change of an {@link Audited} entity, and the entry is written through the same connection, so it commits or
 * rolls back with the change itself.
 */
@Component
class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PreCollectionUpdateEventListener {

    static final String MASK = "***";
    private static final String SYSTEM = "system";

    private final AuditEntries entries;
    private final Map<Class<?>, Map<String, Boolean>> maskedFields = new ConcurrentHashMap<>();

    AuditListener(AuditEntries entries) {
        this.entries = entries;
    }

    /**
     * Registers the listener with Hibernate while the session factory is built (an {@link Integrator}), so that no
     * bean has to wait for Hibernate's bootstrap, which runs in the background while the application starts.
     */
    @Bean
    static HibernatePropertiesCustomizer auditListenerRegistration(AuditListener audit) {
        Integrator integrator = new Integrator() {
            @Override
            public void integrate(Metadata metadata, BootstrapContext bootstrap, SessionFactoryImplementor factory) {
                var registry = factory.getServiceRegistry().getService(EventListenerRegistry.class);
                registry.appendListeners(EventType.POST_INSERT, audit);
                registry.appendListeners(EventType.POST_UPDATE, audit);
                registry.appendListeners(EventType.POST_DELETE, audit);
                registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, audit);
            }
        };
        IntegratorProvider provider = () -> List.of(integrator);
        return properties -> properties.put(JpaSettings.INTEGRATOR_PROVIDER, provider);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Audited audited = event.getEntity().getClass().getAnnotation(Audited.class);
        if (audited == null) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        Object[] state = event.getState();
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (isRecorded(names[i]) && state[i] != null && !isEmptyCollection(state[i])) {
                changes.add(new AuditEntry.FieldChange(names[i], null, value(event.getEntity(), names[i], state[i])));
            }
        }
        write(event.getEntity(), audited, (Long) event.getId(), "CREATE", changes);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Audited audited = event.getEntity().getClass().getAnnotation(Audited.class);
        if (audited == null || event.getOldState() == null) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        Object[] before = event.getOldState();
        Object[] after = event.getState();
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (isRecorded(names[i]) && !(after[i] instanceof Collection<?>)
                    && !Objects.equals(before[i], after[i])) {
                changes.add(new AuditEntry.FieldChange(names[i], value(event.getEntity(), names[i], before[i]),
                        value(event.getEntity(), names[i], after[i])));
            }
        }
        if (!changes.isEmpty()) {
            write(event.getEntity(), audited, (Long) event.getId(), "UPDATE", changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        Audited audited = event.getEntity().getClass().getAnnotation(Audited.class);
        if (audited == null) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        Object[] state = event.getDeletedState();
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (isRecorded(names[i]) && state != null && state[i] != null && !(state[i] instanceof Collection<?>)) {
                changes.add(new AuditEntry.FieldChange(names[i], value(event.getEntity(), names[i], state[i]), null));
            }
        }
        write(event.getEntity(), audited, (Long) event.getId(), "DELETE", changes);
    }

    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner == null) {
            return;
        }
        Audited audited = owner.getClass().getAnnotation(Audited.class);
        if (audited == null) {
            return;
        }
        PersistentCollection<?> collection = event.getCollection();
        String role = collection.getRole();
        String field = role.substring(role.lastIndexOf('.') + 1);
        Object snapshot = collection.getStoredSnapshot();
        Object before = snapshot instanceof Map<?, ?> map ? sorted(map.keySet()) : sorted((Collection<?>) snapshot);
        Object after = sorted((Collection<?>) collection);
        if (!Objects.equals(before, after)) {
            write(owner, audited, (Long) event.getAffectedOwnerIdOrNull(), "UPDATE",
                    List.of(new AuditEntry.FieldChange(field, before, after)));
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void write(Object entity, Audited audited, Long id, String action, List<AuditEntry.FieldChange> changes) {
        String parentType = null;
        Long parentId = null;
        if (entity instanceof AuditedChild child) {
            parentType = child.auditParentType();
            parentId = child.auditParentId();
        }
        String reason = (String) TransactionSynchronizationManager.getResource(AuditTrail.REASON_KEY);
        entries.add(actor(), audited.value(), id, action, changes, reason, parentType, parentId);
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }

    private static boolean isRecorded(String name) {
        return !"version".equals(name);
    }

    private static boolean isEmptyCollection(Object o) {
        return o instanceof Collection<?> c && c.isEmpty();
    }

    private Object value(Object entity, String field, Object raw) {
        if (raw == null) {
            return null;
        }
        if (isMasked(entity.getClass(), field)) {
            return MASK;
        }
        if (raw instanceof Collection<?> c) {
            return sorted(c);
        }
        if (raw instanceof TemporalAccessor || raw instanceof Enum<?>) {
            return raw.toString();
        }
        if (raw instanceof Number || raw instanceof Boolean || raw instanceof String) {
            return raw;
        }
        return raw.toString();
    }

    private boolean isMasked(Class<?> type, String field) {
        return maskedFields.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(field, f -> {
                    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                        try {
                            Field declared = c.getDeclaredField(f);
                            return declared.isAnnotationPresent(Masked.class);
                        } catch (NoSuchFieldException e) {
                            // look further up
                        }
                    }
                    return false;
                });
    }

    private static List<String> sorted(Collection<?> c) {
        if (c == null) {
            return List.of();
        }
        return c.stream().map(String::valueOf).sorted().toList();
    }
}
