package vn.phoihop.shared;

import java.util.List;
import java.util.function.Function;

/** A collection answer: {@code {items:[…], total}}. */
public record Page<T>(List<T> items, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static <T> Page<T> of(List<T> all, Integer page, Integer size) {
        Request r = Request.of(page, size);
        int from = (int) Math.min(r.offset(), all.size());
        int to = Math.min(from + r.size(), all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), all.size());
    }

    /**
     * Which page was asked for: {@code page} from 0 (default 0), {@code size} 1 to {@value #MAX_SIZE} (default
     * {@value #DEFAULT_SIZE}); anything else is a 400 on that field.
     */
    public record Request(int page, int size) {

        public static Request of(Integer page, Integer size) {
            int p = page == null ? 0 : page;
            int s = size == null ? DEFAULT_SIZE : size;
            if (p < 0) {
                throw InvalidInput.of("page", "validation.page");
            }
            if (s < 1 || s > MAX_SIZE) {
                throw InvalidInput.of("size", "validation.size", MAX_SIZE);
            }
            return new Request(p, s);
        }

        public long offset() {
            return (long) page * size;
        }
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total);
    }
}
