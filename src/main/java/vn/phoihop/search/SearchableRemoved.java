package vn.phoihop.search;

/** Published by a module after a searchable item was deleted (or must no longer be found). */
public record SearchableRemoved(String kind, long id) {
}
