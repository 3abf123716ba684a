package io.github.vismaidentity.benchmarks.http;

import io.github.vismaidentity.benchmarks.http.CpuProfile.Part;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CpuProfileTest {

    private static final String PROXY =
            "io.github.vismaidentity.HttpAuthenticationMechanism$2126316315$Proxy$_$$_WeldClientProxy";

    @Test
    void soterias_lookup_of_the_mechanism_counts_as_finding_it() {
        assertThat(CpuProfile.part(List.of("java.lang.Throwable.fillInStackTrace",
                "org.glassfish.soteria.cdi.CdiUtils.jndiLookup",
                "org.glassfish.soteria.mechanisms.jaspic.HttpBridgeServerAuthModule.getMechanism",
                "org.glassfish.soteria.mechanisms.jaspic.HttpBridgeServerAuthModule.validateRequest",
                "org.apache.catalina.core.StandardPipeline.doInvoke")))
                .isEqualTo(Part.FINDING_THE_MECHANISM);
    }

    @Test
    void the_containers_callback_called_by_the_mechanism_counts_for_the_mechanism() {
        assertThat(CpuProfile.part(List.of("org.glassfish.soteria.mechanisms.jaspic.Jaspic.notifyContainerAboutLogin",
                "io.github.vismaidentity.mechanism.VismaAuthenticationMechanism.validateRequest",
                "java.lang.reflect.Method.invoke",
                PROXY + ".validateRequest",
                "org.glassfish.soteria.mechanisms.jaspic.HttpBridgeServerAuthModule.validateRequest")))
                .isEqualTo(Part.MECHANISM);
        assertThat(CpuProfile.part(List.of(PROXY + ".secureResponse",
                "org.glassfish.soteria.mechanisms.jaspic.HttpBridgeServerAuthModule.secureResponse")))
                .isEqualTo(Part.MECHANISM);
    }

    @Test
    void a_mechanism_the_bridge_calls_without_a_proxy_counts_for_the_mechanism_and_the_bridges_own_work_does_not() {
        assertThat(CpuProfile.part(List.of("io.github.vismaidentity.mechanism.CallerSessions.current",
                "io.github.vismaidentity.mechanism.VismaAuthenticationMechanism.validateRequest",
                "org.glassfish.soteria.mechanisms.jaspic.HttpBridgeServerAuthModule.validateRequest",
                "com.sun.jaspic.config.factory.DefaultServerAuthContext.validateRequest")))
                .isEqualTo(Part.MECHANISM);
        assertThat(CpuProfile.part(List.of("jakarta.security.enterprise.authentication.mechanism.http."
                        + "HttpAuthenticationMechanism.secureResponse",
                "org.glassfish.soteria.mechanisms.jaspic.HttpBridgeServerAuthModule.secureResponse")))
                .isEqualTo(Part.MECHANISM);
        assertThat(CpuProfile.part(List.of("org.glassfish.soteria.mechanisms.HttpMessageContextImpl.<init>",
                "org.glassfish.soteria.mechanisms.jaspic.HttpBridgeServerAuthModule.validateRequest",
                "com.sun.jaspic.config.factory.DefaultServerAuthContext.validateRequest")))
                .isEqualTo(Part.REST_OF_REQUEST);
    }

    @Test
    void the_page_called_from_a_filter_counts_for_the_page_and_the_filters_own_work_for_the_filters() {
        List<String> chain = List.of("io.github.vismaidentity.mechanism.ReauthenticationFilter.doFilter",
                "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter",
                "org.apache.catalina.core.StandardWrapperValve.invoke");
        List<String> page = new ArrayList<>(List.of("io.github.vismaidentity.benchmarks.web.PageServlet.doGet",
                "org.apache.catalina.core.StandardWrapper.service",
                "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter"));
        page.addAll(chain);
        List<String> filterEvent = new ArrayList<>(List.of("com.sun.web.server.J2EEInstanceListener.instanceEvent",
                "org.apache.catalina.util.InstanceSupport.fireInstanceEvent"));
        filterEvent.addAll(chain.subList(1, chain.size()));

        assertThat(CpuProfile.part(page)).isEqualTo(Part.PAGE);
        assertThat(CpuProfile.part(filterEvent)).isEqualTo(Part.FILTERS);
    }

    @Test
    void anything_else_on_a_request_thread_is_the_rest_of_the_request() {
        assertThat(CpuProfile.part(List.of("org.glassfish.grizzly.http.HttpCodecFilter.handleRead",
                "org.glassfish.grizzly.filterchain.DefaultFilterChain.execute")))
                .isEqualTo(Part.REST_OF_REQUEST);
    }
}
