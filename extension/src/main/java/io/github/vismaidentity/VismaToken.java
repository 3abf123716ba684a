package io.github.vismaidentity;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the signed-in user's access token for the company they signed in to, valid for at least a
 * minute, refreshed when needed (request scope):
 *
 * <pre>{@code
 * @Inject @VismaToken VismaAccessToken token;
 * ...
 * request.header("Authorization", token.authorizationHeader());
 * }</pre>
 *
 * Also as the plain bearer string, where that reads better:
 *
 * <pre>{@code
 * @Inject @VismaToken String accessToken;       // in a @RequestScoped bean (or @Dependent, made per request)
 * }</pre>
 *
 * A string cannot follow the caller the way the request-scoped {@code VismaAccessToken} proxy does: it is read
 * when the bean is made. In an {@code @ApplicationScoped}, {@code @SessionScoped}, {@code @Singleton} or other
 * longer-lived bean, or an EJB, it would keep the first caller's token, so the deployment fails
 * ({@code VISMAID1021}); inject {@code VismaAccessToken} or {@code @VismaToken Instance<String>} there.
 *
 * <p>Outside a signed-in request, use {@link VismaTokens#forCompany(String)}.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface VismaToken {

    /** The qualifier as a value, for {@code Instance.select(...)}. */
    final class Literal extends AnnotationLiteral<VismaToken> implements VismaToken {

        private static final long serialVersionUID = 1L;

        /** The one instance. */
        public static final Literal INSTANCE = new Literal();

        private Literal() {
        }
    }
}
