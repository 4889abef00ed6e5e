package hub.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;

/**
 * Reads YAML with Jackson's streaming parser into a {@link YNode} tree that keeps file positions.
 * Limits: nesting depth and document size are capped so hostile input cannot exhaust memory;
 * aliases are refused (Jackson does not expand them, so they would silently read as text).
 */
final class YamlReader {
    static final int MAX_DEPTH = 32;
    static final int MAX_CHARS = 1 << 20;

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(MAX_CHARS).maxStringLength(MAX_CHARS).build())
            .build();

    /** A YAML problem at a file position. */
    static final class YamlError extends Exception {
        final int line;
        final int col;
        final String hint;

        YamlError(String message, int line, int col, String hint) {
            super(message);
            this.line = line;
            this.col = col;
            this.hint = hint;
        }
    }

    private final int lineOffset;

    /** @param lineOffset what to add to a YAML line to get the file line (the fence's line number) */
    YamlReader(int lineOffset) {
        this.lineOffset = lineOffset;
    }

    YNode read(String yaml) throws YamlError {
        if (yaml.length() > MAX_CHARS) {
            throw new YamlError("YAML is too long (" + yaml.length() + " characters; the limit is " + MAX_CHARS + ")",
                    lineOffset + 1, 1, "front matter holds metadata; move long text into the Markdown body");
        }
        try (JsonParser p = FACTORY.createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t == null) return YNode.nil(lineOffset + 1, 1);
            YNode node = value(p, t, 0);
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
            int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
            String msg = e.getOriginalMessage();
            String hint = "check the indentation and quote values that contain ': ' or start with a special character";
            if (msg != null && msg.toLowerCase().contains("nesting depth")) {
                msg = "YAML is nested too deeply (more than " + MAX_DEPTH + " levels)";
                hint = "front matter needs only a few levels";
            }
            throw new YamlError("malformed YAML: " + firstLine(msg), line + lineOffset, col, hint);
        } catch (IOException e) {
            throw new YamlError("cannot read YAML: " + e.getMessage(), lineOffset + 1, 1, null);
        }
    }

    private YNode value(JsonParser p, JsonToken t, int depth) throws IOException, YamlError {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr() + lineOffset;
        int col = Math.max(1, loc.getColumnNr());
        if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
            throw new YamlError("YAML aliases (*name) are not supported", line, col,
                    "write the value out in full instead of referring to an anchor");
        }
        if (depth > MAX_DEPTH) {
            throw new YamlError("YAML is nested too deeply (more than " + MAX_DEPTH + " levels)", line, col,
                    "front matter needs only a few levels");
        }
        switch (t) {
            case START_OBJECT -> {
                return map(p, YNode.map(line, col), depth);
            }
            case START_ARRAY -> {
                YNode list = YNode.list(line, col);
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.list.add(value(p, t, depth + 1));
                }
                return list;
            }
            case VALUE_NULL -> {
                return YNode.nil(line, col);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return YNode.scalar(line, col, p.getText(), t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NUMBER_INT -> {
                Object n;
                try {
                    n = p.getLongValue();
                } catch (IOException e) {
                    n = p.getText();
                }
                return YNode.scalar(line, col, p.getText(), n);
            }
            case VALUE_NUMBER_FLOAT -> {
                return YNode.scalar(line, col, p.getText(), p.getDoubleValue());
            }
            default -> {
                // An anchor (&name) on a scalar is harmless by itself: aliases, which would use it, are refused above.
                String text = p.getText();
                return YNode.scalar(line, col, text, text);
            }
        }
    }

    /** The entries of a YAML map up to its end, each key's position kept; merge keys and duplicates are errors. */
    private YNode map(JsonParser p, YNode map, int depth) throws IOException, YamlError {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation kl = p.currentTokenLocation();
            String key = p.currentName();
            int kLine = kl.getLineNr() + lineOffset;
            int kCol = Math.max(1, kl.getColumnNr());
            if (key.equals("<<")) {
                throw new YamlError("YAML merge keys (<<) are not supported", kLine, kCol,
                        "write the keys out in full");
            }
            if (map.map.containsKey(key)) {
                int[] first = map.keyPositions.get(key);
                throw new YamlError("duplicate key '" + key + "' (first written on line " + first[0] + ")",
                        kLine, kCol, "remove one of the two");
            }
            YNode v = value(p, p.nextToken(), depth + 1);
            map.map.put(key, v);
            map.keyPositions.put(key, new int[]{kLine, kCol});
        }
        return map;
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
