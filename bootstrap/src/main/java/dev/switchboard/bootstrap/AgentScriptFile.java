package dev.switchboard.bootstrap;

import dev.switchboard.domain.bot.AgentQueue;
import dev.switchboard.domain.bot.AgentScript;
import dev.switchboard.domain.bot.BodyElement;
import dev.switchboard.domain.bot.ContextualAction;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.bot.Prompts;
import dev.switchboard.domain.bot.Topic;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.SysId;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the virtual agent's script (topics, contextual actions, queues, prompts) from YAML into the domain's
 * {@link AgentScript}. Every mistake, from a YAML syntax error to a body element the vendor's table does not allow,
 * stops the start with the file's name and the line of the entry at fault.
 */
final class AgentScriptFile {

    private static final Set<String> TOP = Set.of("threshold", "max-fallbacks", "queues", "prompts",
            "contextual-actions", "topics");
    private static final Set<String> PROMPTS = Set.of("greeting", "topic-picker", "fallback", "ended", "agent-choice",
            "end-choice", "cancelled", "help", "handoff", "notifications");
    private static final Set<String> QUEUE = Set.of("name", "when", "wait-time");
    private static final Set<String> ACTION = Set.of("kind", "utterances", "applies-to");
    private static final Set<String> TOPIC = Set.of("id", "name", "utterances", "steps", "listed", "handoff-queue",
            "ends-conversation", "takes-attachments");

    private final String name;
    /** The line each map and list of the file starts on, for error messages. */
    private final Map<Object, Integer> lines = new IdentityHashMap<>();

    private AgentScriptFile(String name) {
        this.name = name;
    }

    /** @param name the file as an operator would recognise it, for error messages */
    static AgentScript read(Reader yaml, String name) {
        return new AgentScriptFile(name).parse(yaml);
    }

    /** The script's file could not be used; the message names the file and, where known, the line. */
    static final class InvalidScriptException extends IllegalStateException {
        InvalidScriptException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private AgentScript parse(Reader yaml) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(yaml);
        } catch (YAMLException e) {
            throw new InvalidScriptException(name + ": " + e.getMessage(), e);
        }
        if (root == null) {
            throw new InvalidScriptException(name + ": the file is empty", null);
        }
        Map<String, Object> top = map(java(root), "the file", TOP);
        Map<String, Object> prompts = map(top.get("prompts"), "prompts", PROMPTS);
        List<AgentQueue> queues = new ArrayList<>();
        for (Object entry : list(top.get("queues"), "queues")) {
            Map<String, Object> queue = map(entry, "a queue", QUEUE);
            queues.add(checked(queue, () -> new AgentQueue(text(queue, "name"), stringMap(queue.get("when")),
                    Optional.ofNullable((String) queue.get("wait-time")))));
        }
        List<ContextualAction> actions = new ArrayList<>();
        for (Object entry : list(top.get("contextual-actions"), "contextual-actions")) {
            Map<String, Object> action = map(entry, "a contextual action", ACTION);
            String scope = Optional.ofNullable((String) action.get("applies-to")).orElse("BOTH");
            actions.add(checked(action, () -> new ContextualAction(ContextualAction.Kind.valueOf(text(action, "kind")),
                    new LinkedHashSet<>(strings(action, "utterances")), ContextualAction.Scope.valueOf(scope))));
        }
        List<Topic> topics = new ArrayList<>();
        for (Object entry : list(top.get("topics"), "topics")) {
            Map<String, Object> topic = map(entry, "a topic", TOPIC);
            List<BodyElement> steps = elements(topic.get("steps"));
            topics.add(checked(topic, () -> new Topic(SysId.of(text(topic, "id")), text(topic, "name"),
                    strings(topic, "utterances"), steps, flag(topic, "listed", true),
                    Optional.ofNullable((String) topic.get("handoff-queue")), flag(topic, "ends-conversation", false),
                    flag(topic, "takes-attachments", false))));
        }
        Prompts texts = checked(prompts, () -> new Prompts(elements(prompts.get("greeting")),
                element(prompts.get("topic-picker")), elements(prompts.get("fallback")), elements(prompts.get("ended")),
                element(prompts.get("agent-choice")), element(prompts.get("end-choice")),
                elements(prompts.get("cancelled")), elements(prompts.get("help")), elements(prompts.get("handoff")),
                elements(prompts.get("notifications"))));
        return checked(top, () -> new AgentScript(topics, actions, queues, texts,
                ((Number) top.getOrDefault("threshold", 0.5)).doubleValue(),
                ((Number) top.getOrDefault("max-fallbacks", 3)).intValue()));
    }

    private List<BodyElement> elements(Object entries) {
        List<BodyElement> elements = new ArrayList<>();
        for (Object entry : list(entries, "a list of body elements")) {
            elements.add(element(entry));
        }
        return elements;
    }

    @SuppressWarnings("unchecked")
    private BodyElement element(Object entry) {
        if (!(entry instanceof Map<?, ?>)) {
            throw new InvalidScriptException(at(entry) + "a body element must be a map of its fields", null);
        }
        return checked(entry, () -> new BodyElement(Fields.of((Map<String, Object>) entry)));
    }

    private interface Build<T> {
        T build();
    }

    /** Builds a domain value, reporting its refusal (or a wrong type in the file) at the entry's line. */
    private <T> T checked(Object entry, Build<T> build) {
        try {
            return build.build();
        } catch (DomainException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            String reason = e instanceof ClassCastException ? "a value has the wrong type"
                    : e instanceof NullPointerException ? "a required value is missing (" + e.getMessage() + ")"
                    : e.getMessage();
            throw new InvalidScriptException(at(entry) + reason, e);
        }
    }

    private String at(Object entry) {
        Integer line = lines.get(entry);
        return name + (line == null ? ": " : ", line " + line + ": ");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String what, Set<String> allowed) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidScriptException(at(value) + what + " must be a map", null);
        }
        for (Object key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidScriptException(at(value) + "unknown key '" + key + "' in " + what
                        + "; known keys: " + allowed.stream().sorted().toList(), null);
            }
        }
        return (Map<String, Object>) map;
    }

    private List<?> list(Object value, String what) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidScriptException(at(value) + what + " must be a list", null);
        }
        return list;
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("'" + key + "' is required");
        }
        return String.valueOf(value);
    }

    private static List<String> strings(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static Map<String, String> stringMap(Object value) {
        Map<String, String> strings = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> strings.put(String.valueOf(key), String.valueOf(item)));
        }
        return strings;
    }

    private static boolean flag(Map<String, Object> map, String key, boolean absent) {
        Object value = map.get(key);
        return value == null ? absent : (Boolean) value;
    }

    /** The node as plain Java values, remembering where each map and list starts. */
    private Object java(Node node) {
        int line = node.getStartMark().getLine() + 1;
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                if (map.containsKey(key)) {
                    int keyLine = tuple.getKeyNode().getStartMark().getLine() + 1;
                    throw new InvalidScriptException(name + ", line " + keyLine + ": the key '" + key
                            + "' appears twice", null);
                }
                map.put(key, java(tuple.getValueNode()));
            }
            lines.put(map, line);
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            sequence.getValue().forEach(item -> list.add(java(item)));
            lines.put(list, line);
            return list;
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        String text = scalar.getValue();
        try {
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            if (Tag.BOOL.equals(tag)) {
                return Boolean.valueOf(text.toLowerCase());
            }
            if (Tag.INT.equals(tag)) {
                return Long.valueOf(text.replace("_", ""));
            }
            if (Tag.FLOAT.equals(tag)) {
                return Double.valueOf(text.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            throw new InvalidScriptException(name + ", line " + line + ": not a number: " + text, e);
        }
        return text;
    }

    static AgentScript readResource(String resource) {
        try (var in = AgentScriptFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidScriptException("classpath:" + resource + ": not found", null);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + resource);
        } catch (IOException e) {
            throw new InvalidScriptException("classpath:" + resource + ": " + e.getMessage(), e);
        }
    }
}
