package vn.phoihop.organizations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findAllByOrderByFullNameAsc();
}
