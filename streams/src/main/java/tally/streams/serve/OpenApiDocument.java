package tally.streams.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import tally.stats.BuildInfo;
import tally.stats.json.Json;

/**
 * The OpenAPI 3.1 description of the HTTP API, served at {@code /api/openapi.json}: the paths and
 * answers of {@code tally/api/openapi.json}, with the topics' record schemas
 * ({@code tally/schemas/}) placed in its components, so that the API and the topics are described
 * by the same files and a client needs one document; each list's {@code sort} values are those of
 * {@link ApiOrders}.
 */
final class OpenApiDocument {

    /** Component name of each topic record schema. */
    private static final Map<String, String> RECORD_SCHEMAS = Map.of(
            "estimate.schema.json", "Estimate",
            "series-point.schema.json", "SeriesPoint",
            "mentions.schema.json", "Mentions",
            "period.schema.json", "Period");

    /** The values of each list's {@code sort}: those the server takes, so that the document cannot fall behind. */
    private static final Map<String, ListOrder<?>> SORTS = Map.of("/api/estimates", ApiOrders.ESTIMATES,
            "/api/series", ApiOrders.SERIES, "/api/overview", ApiOrders.SERIES, "/api/mentions", ApiOrders.MENTIONS, "/api/alerts", ApiOrders.ALERTS,
            "/api/places", ApiOrders.PLACES, "/api/provenance", ApiOrders.REPORTS);

    private OpenApiDocument() {
    }

    static JsonNode build() {
        ObjectNode document = (ObjectNode) read("/tally/api/openapi.json");
        ((ObjectNode) document.get("info")).put("version", BuildInfo.current().describe());
        SORTS.forEach((path, order) -> document.get("paths").get(path).get("get").get("parameters").forEach(p -> {
            if (p.path("name").asText().equals("sort")) {
                ((ObjectNode) p.get("schema")).set("enum", Json.MAPPER.valueToTree(order.sorts()));
            }
        }));
        ObjectNode schemas = (ObjectNode) document.get("components").get("schemas");
        RECORD_SCHEMAS.forEach((file, name) -> {
            ObjectNode schema = (ObjectNode) read("/tally/schemas/" + file);
            schema.remove("$schema");
            schema.remove("$id");
            pointRefsAtComponents(schema);
            schemas.set(name, schema);
        });
        return document;
    }

    /** A record schema's {@code {"$ref": "period.schema.json"}} becomes {@code #/components/schemas/Period}. */
    private static void pointRefsAtComponents(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && RECORD_SCHEMAS.containsKey(ref.asText())) {
                object.put("$ref", "#/components/schemas/" + RECORD_SCHEMAS.get(ref.asText()));
            }
        }
        node.forEach(OpenApiDocument::pointRefsAtComponents);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
