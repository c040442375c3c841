package vn.phoihop.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's own list of endpoints, read from Spring MVC's handler mapping, so that the attack suites cover
 * an endpoint added tomorrow without anyone remembering to list it.
 */
record Endpoints(List<Endpoint> all) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /** One method on one path pattern, with the names of its query parameters. */
    record Endpoint(String method, String pattern, List<String> queryParameters) {

        boolean isApi() {
            return pattern.startsWith("/api/");
        }

        boolean changesState() {
            return !method.equals("GET");
        }

        /** The path with every variable filled by {@code value(segment before it, variable name)}. */
        String path(Function<String[], String> value) {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                String before = pattern.substring(0, m.start());
                String[] segments = before.split("/");
                String segment = segments.length == 0 ? "" : segments[segments.length - 1];
                m.appendReplacement(path, Matcher.quoteReplacement(value.apply(new String[] {segment, m.group(1)})));
            }
            m.appendTail(path);
            return path.toString();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static Endpoints of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            List<String> parameters = new ArrayList<>();
            for (MethodParameter p : e.getValue().getMethodParameters()) {
                RequestParam param = p.getParameterAnnotation(RequestParam.class);
                if (param != null && !Map.class.isAssignableFrom(p.getParameterType())) {
                    String name = !param.name().isEmpty() ? param.name() : p.getParameterName();
                    if (name != null) {
                        parameters.add(name);
                    }
                }
            }
            for (String pattern : e.getKey().getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.startsWith("/v3/") || pattern.startsWith("/swagger")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    found.add(new Endpoint("GET", pattern, parameters));
                } else {
                    methods.forEach(m -> found.add(new Endpoint(m.name(), pattern, parameters)));
                }
            }
        }
        found.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return new Endpoints(List.copyOf(found));
    }

    List<Endpoint> api() {
        return all.stream().filter(Endpoint::isApi).toList();
    }

    List<Endpoint> pages() {
        return all.stream().filter(e -> !e.isApi()).toList();
    }
}
