package vn.phoihop.search;

/**
 * Published by a module after a searchable item was created or changed: the index asks the module's
 * {@link SearchableSource#find} for the item as it is now (so that two changes in quick succession can never leave
 * the older one indexed), and removes it when the source no longer has it.
 */
public record SearchableChanged(String kind, long id) {
}
