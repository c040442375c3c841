package vn.phoihop.shared;

import java.util.List;
import java.util.function.Function;

/** A collection answer: {@code {items:[…], total}}. */
public record Page<T>(List<T> items, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static <T> Page<T> of(List<T> all, Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw InvalidInput.of("page", "validation.page");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidInput.of("size", "validation.size", MAX_SIZE);
        }
        int from = (int) Math.min((long) p * s, all.size());
        int to = Math.min(from + s, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), all.size());
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total);
    }
}
