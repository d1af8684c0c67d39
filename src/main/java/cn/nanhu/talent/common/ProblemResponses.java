package cn.nanhu.talent.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The error answers that every operation of the API can give for the same reason, added to the
 * document (registered with {@code mp.openapi.filter}); the answers specific to one operation are
 * declared with {@code @APIResponse} on its method.
 *
 * <ul>
 * <li>401 and 403 where the operation has a security requirement (no or a bad token; a role or
 * ownership the caller lacks);</li>
 * <li>400 where it has parameters or a request body (bad input, named in {@code violations});</li>
 * <li>415 and 413 where it has a request body (a content type it does not take, a body over the
 * limit);</li>
 * <li>503 everywhere: the database (or, for what calls it, WeChat) is unavailable.</li>
 * </ul>
 * Every error answer, these and those declared on the methods, is an {@code application/problem+json}
 * {@link Problem}: where a declaration names no content, this content is added.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** The shared answers, in components/responses, by status. */
    private static final Map<String, String[]> SHARED = new LinkedHashMap<>();

    static {
        SHARED.put("400", new String[] {"BadRequest", "Invalid input; the fields at fault are named in violations"});
        SHARED.put("401", new String[] {"Unauthorized", "Not signed in, or the token is invalid, expired or revoked"});
        SHARED.put("403", new String[] {"Forbidden", "The caller lacks the role, or the resource is not the caller's to act on"});
        SHARED.put("413", new String[] {"PayloadTooLarge", "The request body is larger than the service takes"});
        SHARED.put("415", new String[] {"UnsupportedMediaType", "The request body is of a content type this operation does not take"});
        SHARED.put("503", new String[] {"Unavailable", "The database or WeChat is unavailable; try again later"});
    }

    /** What the framework writes for the answers it adds itself; they are replaced by the shared ones. */
    private static final Set<String> GENERIC = Set.of("Not Authorized", "Not Allowed", "Bad Request");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        for (String[] shared : SHARED.values()) {
            openAPI.getComponents().addResponse(shared[0],
                    OASFactory.createAPIResponse().description(shared[1]).content(problem()));
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                complete(operation, path.getValue());
            }
        }
    }

    private static void complete(Operation operation, PathItem path) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean body = operation.getRequestBody() != null;
        boolean parameters = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (path.getParameters() != null && !path.getParameters().isEmpty());
        if (secured) {
            add(responses, "401");
            add(responses, "403");
        }
        if (parameters || body) {
            add(responses, "400");
        }
        if (body) {
            add(responses, "413");
            add(responses, "415");
        }
        add(responses, "503");
        if (responses.getAPIResponses() != null) {
            for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
                APIResponse answer = response.getValue();
                if (!(response.getKey().startsWith("4") || response.getKey().startsWith("5")) || answer.getRef() != null) {
                    continue;
                }
                Content content = answer.getContent();
                if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
                    if (SHARED.containsKey(response.getKey()) && GENERIC.contains(answer.getDescription())) {
                        answer.setDescription(null);
                        answer.setRef(SHARED.get(response.getKey())[0]);
                    } else {
                        answer.setContent(problem());
                    }
                }
            }
        }
    }

    private static void add(APIResponses responses, String code) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(SHARED.get(code)[0]));
        }
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
