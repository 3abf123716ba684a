package io.github.vismaidentity.cdi;

import io.github.vismaidentity.VismaAccessToken;
import io.github.vismaidentity.VismaIdentityDefinition;
import io.github.vismaidentity.VismaToken;
import io.github.vismaidentity.VismaTokens;
import io.github.vismaidentity.config.ConfigProblem;
import io.github.vismaidentity.config.ConfigurationProblems;
import io.github.vismaidentity.config.SettingSources;
import io.github.vismaidentity.config.SettingsReader;
import io.github.vismaidentity.config.VismaIdentitySettings;
import io.github.vismaidentity.mechanism.AppErrorPage;
import io.github.vismaidentity.mechanism.VismaAuthenticationMechanism;
import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.protocol.Discovery;
import io.github.vismaidentity.protocol.SignInFailure;
import io.github.vismaidentity.store.StoreTables;
import io.github.vismaidentity.store.TokenStoreException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AfterTypeDiscovery;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.inject.Singleton;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The portable extension. It does nothing unless an enabled bean of the application carries
 * {@link VismaIdentityDefinition} (an {@code @Alternative} that is not selected does not count); then it reads and validates the configuration once (every problem
 * fails the deployment, together), registers the {@link HttpAuthenticationMechanism} with the configurator
 * API together with {@link VismaTokens} and the {@code @VismaToken VismaAccessToken} of the signed-in
 * caller (and a producer of its {@code String} value), and checks the issuer's discovery document before the
 * application takes requests.
 */
public class VismaIdentityExtension implements Extension {

    /** {@code @VismaIdentityDefinition} is on more than one enabled bean class. */
    public static final String SEVERAL_DEFINITIONS = "VISMAID1020";
    /** A WARNING at deployment: the annotation is only on classes that are not enabled beans, so the extension is off. */
    public static final String NOT_AN_ENABLED_BEAN = "VISMAID1103";
    /** {@code visma.identity.create-table} is false and a table is missing or does not fit: not deployed. */
    public static final String TABLES_NOT_READY = "VISMAID1110";
    /** {@code visma.identity.create-table} is false and the tables could not be checked at deployment: a warning. */
    public static final String TABLES_UNCHECKED = "VISMAID1111";

    private static final String NOT_ON = "@VismaToken needs the extension on, and @VismaIdentityDefinition is only "
            + "on an @Alternative that is not enabled: enable it, or put the annotation on a class that is no alternative.";

    private static final Logger LOG = Logger.getLogger(VismaIdentityExtension.class.getName());

    private final Map<Class<?>, VismaIdentityDefinition> definitions = new ConcurrentHashMap<>();
    private volatile boolean annotated;
    private volatile VismaIdentity identity;
    private final Map<Bean<?>, String> longLived = new ConcurrentHashMap<>();
    private final Map<AnnotatedType<?>, Set<InjectionPoint>> servletComponents = new ConcurrentHashMap<>();
    private volatile boolean validated;

    void addInternalBeans(@Observes BeforeBeanDiscovery event, BeanManager beans) {
        // Added as an annotated type, not a synthetic bean, so the container's @Transactional interceptor applies.
        event.addAnnotatedType(beans.createAnnotatedType(JtaTokenTransactions.class),
                JtaTokenTransactions.class.getName());
    }

    <T> void findDefinition(@Observes @WithAnnotations(VismaIdentityDefinition.class) ProcessAnnotatedType<T> event) {
        if (event.getAnnotatedType().isAnnotationPresent(VismaIdentityDefinition.class)) {
            annotated = true;
        }
    }

    void addTokenString(@Observes AfterTypeDiscovery event) {
        // Whether the annotated class is an enabled bean is known only later; see registerMechanism if not.
        if (annotated) {
            event.addAnnotatedType(TokenStringProducer.class, TokenStringProducer.class.getName());
        }
    }

    /**
     * Only an enabled bean turns the extension on: an {@code @Alternative} that is not selected fires no
     * {@code ProcessManagedBean}, so of two annotated alternatives only the selected one counts.
     */
    <T> void findEnabledDefinition(@Observes ProcessManagedBean<T> event) {
        VismaIdentityDefinition definition = event.getAnnotatedBeanClass().getAnnotation(VismaIdentityDefinition.class);
        if (definition != null) {
            definitions.put(event.getAnnotatedBeanClass().getJavaClass(), definition);
        }
    }

    void registerMechanism(@Observes AfterBeanDiscovery event, BeanManager manager) {
        if (definitions.isEmpty()) {
            if (annotated) {
                LOG.warning(NOT_AN_ENABLED_BEAN + ": @VismaIdentityDefinition is only on classes that are not enabled "
                        + "beans (an @Alternative that is not selected, an abstract class, a class CDI does not "
                        + "manage), so Visma sign-in is off. Put it on one enabled bean class, an @ApplicationScoped "
                        + "one for instance, to turn it on.");
                // Only an alternative that is not enabled carries the annotation: the extension stays off, and
                // the token string producer added before that was known needs its parameter to deploy.
                event.addBean().beanClass(VismaAccessToken.class).types(VismaAccessToken.class, Object.class)
                        .qualifiers(VismaToken.Literal.INSTANCE).scope(RequestScoped.class)
                        .produceWith(beans -> {
                            throw new IllegalStateException(NOT_ON);
                        });
            }
            return;
        }
        if (definitions.size() > 1) {
            event.addDefinitionError(new DefinitionException(SEVERAL_DEFINITIONS + ": @VismaIdentityDefinition is on "
                    + definitions.keySet().stream().map(Class::getName).sorted().collect(Collectors.joining(", "))
                    + "; put it on exactly one class."));
            return;
        }
        VismaIdentitySettings settings;
        try {
            Config config = ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader());
            VismaIdentityDefinition definition = definitions.values().iterator().next();
            // Before reading, so that it shows when a value from an unexpected source fails the deployment too.
            LOG.info(SettingSources.describe(definition, config));
            settings = SettingsReader.read(definition, key -> config.getOptionalValue(key, String.class));
        } catch (ConfigurationProblems problems) {
            event.addDefinitionError(new DefinitionException(problems.getMessage()));
            return;
        }
        for (ConfigProblem warning : SettingsReader.warnings(settings)) {
            LOG.warning(warning.id() + ": " + warning.message());
        }
        VismaIdentity created = VismaIdentity.create(settings, manager);
        identity = created;
        // @Singleton, not @ApplicationScoped: Soteria looks the mechanism up on every request and calls it
        // twice; a synthetic bean's client proxy would look the instance up in the context on each call
        // (Weld caches it behind the proxy only for beans it builds itself), where a pseudo-scope hands out
        // the instance itself. Nothing holds the mechanism but the container, so no proxy is needed.
        event.addBean()
                .beanClass(VismaAuthenticationMechanism.class)
                .types(HttpAuthenticationMechanism.class, Object.class)
                .scope(Singleton.class)
                .produceWith(beans -> created.mechanism(beans.select(JtaTokenTransactions.class).get()));
        event.addBean()
                .beanClass(VismaTokens.class)
                .types(VismaTokens.class, Object.class)
                .scope(ApplicationScoped.class)
                .produceWith(beans -> created.tokens(beans.select(JtaTokenTransactions.class).get()));
        event.addBean()
                .beanClass(VismaAccessToken.class)
                .types(VismaAccessToken.class, Object.class)
                .qualifiers(VismaToken.Literal.INSTANCE)
                .scope(RequestScoped.class)
                .produceWith(beans -> CurrentCaller.token(beans.select(VismaTokens.class).get(),
                        beans.select(SecurityContext.class).get()));
        event.addBean()
                .beanClass(AppErrorPage.class)
                .types(AppErrorPage.class, Object.class)
                .scope(Singleton.class)
                .createWith(beans -> AppErrorPage.of(settings));
        if (HealthRegistration.available(Thread.currentThread().getContextClassLoader())) {
            HealthRegistration.register(event, created, definitions.keySet().iterator().next());
        }
        LOG.info(() -> "Visma sign-in is on for client " + settings.clientId() + " at " + settings.issuer());
    }

    /**
     * The configured {@value VismaIdentityDefinition#RATE_LIMIT_MAX_WAIT}, for the Bearer filter, which finds
     * it through {@code BeanManager.getExtension}; the default while no {@code @VismaIdentityDefinition} is active.
     */
    public Duration rateLimitMaxWait() {
        VismaIdentity active = identity;
        return active == null ? VismaIdentitySettings.DEFAULT_RATE_LIMIT_MAX_WAIT : active.rateLimitMaxWait();
    }

    /**
     * The extension in the container of {@code beans}, for the parts that find their settings through it (the
     * Bearer filter, the eAccounting client).
     *
     * @param beans a container's bean manager
     * @return the extension; empty when the application was deployed without it
     */
    public static Optional<VismaIdentityExtension> in(BeanManager beans) {
        try {
            return Optional.of(beans.getExtension(VismaIdentityExtension.class));
        } catch (IllegalArgumentException notDeployed) {
            return Optional.empty();
        }
    }

    /**
     * The eAccounting API base URL the extension resolved and validated ({@value VismaIdentityDefinition#API_BASE_URL},
     * else the annotation's {@code apiBaseUrl}, else {@value VismaIdentityDefinition#VISMA_API_BASE_URL}), for the
     * eAccounting client, which finds it through {@code BeanManager.getExtension} so that it calls the API the
     * extension asks at sign-in; empty while no {@code @VismaIdentityDefinition} is active.
     */
    public Optional<URI> apiBaseUri() {
        VismaIdentity active = identity;
        return active == null ? Optional.empty() : Optional.of(active.apiBaseUri());
    }

    /**
     * What the extension reports to (the application's events, then metrics), for the Bearer filter, which finds it
     * through {@code BeanManager.getExtension}; {@link Observer#NONE} while no {@code @VismaIdentityDefinition} is
     * active.
     */
    public Observer observer() {
        VismaIdentity active = identity;
        return active == null ? Observer.NONE : active.observer();
    }

    void refuseTokenStringsThatOutliveTheRequest(@Observes ProcessBean<?> event) {
        Optional<String> problem = TokenStrings.problem(event);
        problem.ifPresent(found -> event.addDefinitionError(new DefinitionException(found)));
        if (problem.isEmpty() && TokenStrings.outlivesRequest(event)) {
            // Its dependent beans can be resolved only once all beans are known: checked after validation.
            longLived.put(event.getBean(), TokenStrings.lifetime(event));
        }
    }

    /**
     * Servlets, filters and listeners: Payara fires this event for each while it deploys, before the beans are
     * known (the dependent beans they hold are then followed after validation); Weld SE and late callers after.
     */
    <T> void refuseTokenStringsInServletComponents(@Observes ProcessInjectionTarget<T> event, BeanManager beans) {
        AnnotatedType<T> type = event.getAnnotatedType();
        if (!ServletComponents.isOne(type.getTypeClosure())) {
            return;
        }
        Set<InjectionPoint> points = event.getInjectionTarget().getInjectionPoints();
        TokenStringReach reach = validated ? new TokenStringReach(beans) : TokenStringReach.directOnly();
        Optional<String> problem = TokenStrings.componentProblem(type.getJavaClass(), type.getTypeClosure(), points,
                reach);
        problem.ifPresent(found -> event.addDefinitionError(new DefinitionException(found)));
        if (problem.isEmpty() && !validated) {
            servletComponents.put(type, points);
        }
    }

    void refuseTokenStringsHeldByDependentBeans(@Observes AfterDeploymentValidation event, BeanManager beans) {
        validated = true;
        TokenStringReach reach = new TokenStringReach(beans);
        longLived.forEach((bean, lifetime) -> TokenStrings.heldProblem(bean, lifetime, reach)
                .ifPresent(problem -> event.addDeploymentProblem(new DeploymentException(problem))));
        servletComponents.forEach((type, points) -> TokenStrings.componentProblem(type.getJavaClass(),
                type.getTypeClosure(), points, reach)
                .ifPresent(problem -> event.addDeploymentProblem(new DeploymentException(problem))));
        longLived.clear();
        servletComponents.clear();
    }

    /**
     * The tables' check reaches the JTA interceptor through this deployment's bean manager, not
     * {@code CDI.current()}, which Payara answers only on threads of an application request: the readiness
     * probe's thread is not one, and before the first sign-in its table check failed with "Unable to access CDI".
     */
    void keepBeanManager(@Observes AfterDeploymentValidation event, BeanManager beans) {
        VismaIdentity active = identity;
        if (active != null) {
            active.useBeans(beans);
        }
    }

    void checkIssuer(@Observes AfterDeploymentValidation event) {
        VismaIdentity active = identity;
        if (active == null) {
            return;
        }
        try {
            active.discovery().endpoints();
        } catch (SignInFailure failure) {
            if (Discovery.ISSUER_MISMATCH.equals(failure.id())) {
                event.addDeploymentProblem(new DeploymentException(failure.getMessage()));
            } else {
                // Visma being down at deployment must not keep the application from starting: retried at sign-in.
                LOG.warning(failure.getMessage() + " The next sign-in tries again.");
            }
        }
    }

    /**
     * With {@code visma.identity.create-table=false} nobody creates the tables at first use, so they are checked
     * before the application serves: missing or unfit tables fail the deployment with the SQL to run. A
     * database that cannot be reached now only warns: the check runs again on first use and in readiness.
     */
    void checkTables(@Observes AfterDeploymentValidation event) {
        VismaIdentity active = identity;
        if (active == null || active.createsTables()) {
            return;
        }
        try {
            active.checkTablesNow();
        } catch (TokenStoreException e) {
            String message = e.getMessage();
            if (message.startsWith(StoreTables.NOT_CREATED) || message.startsWith(StoreTables.MISFIT)) {
                event.addDeploymentProblem(new DeploymentException(TABLES_NOT_READY + ": "
                        + VismaIdentityDefinition.CREATE_TABLE + " is false and the token store's tables are not "
                        + "ready, so the application is not deployed. " + message));
            } else {
                LOG.warning(TABLES_UNCHECKED + ": " + VismaIdentityDefinition.CREATE_TABLE + " is false and the "
                        + "token store's tables could not be checked at deployment (" + message + "). They are "
                        + "checked again on first use and by the readiness check.");
            }
        }
    }
}
