package vn.phoihop.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;
import vn.phoihop.audit.Masked;
import vn.phoihop.shared.Role;

@Entity
@Table(name = "app_user")
@Audited("user")
class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Masked
    private String passwordHash;
    private String fullName;
    private String email;
    private String locale;
    private Long personId;
    private Long organizationId;
    private boolean active = true;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    @Version
    private long version;
    private Instant createdAt;

    protected User() {
    }

    User(String username, String passwordHash, String fullName, String email, String locale, Long personId,
         Long organizationId, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.email = email;
        this.locale = locale;
        this.personId = personId;
        this.organizationId = organizationId;
        this.roles.addAll(roles);
        this.createdAt = Instant.now();
    }

    void deactivate() {
        this.active = false;
    }

    void changeLocale(String locale) {
        this.locale = locale;
    }

    Long id() { return id; }
    String username() { return username; }
    String passwordHash() { return passwordHash; }
    String fullName() { return fullName; }
    String email() { return email; }
    String locale() { return locale; }
    Long personId() { return personId; }
    Long organizationId() { return organizationId; }
    boolean active() { return active; }
    Set<Role> roles() { return roles; }
    long version() { return version; }
}
