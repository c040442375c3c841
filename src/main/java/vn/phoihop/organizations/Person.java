package vn.phoihop.organizations;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.phoihop.audit.Audited;

@Entity
@Table(name = "person")
@Audited("person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fullName;
    @Version
    private long version;
    private Instant createdAt;

    protected Person() {
    }

    Person(String fullName) {
        this.fullName = fullName;
        this.createdAt = Instant.now();
    }

    Long id() { return id; }
    String fullName() { return fullName; }
    long version() { return version; }
}
