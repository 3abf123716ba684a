package io.github.vismaidentity.cdi;

import io.github.vismaidentity.mechanism.ReauthenticationFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import java.util.EnumSet;
import java.util.Set;

/** Registers the {@link ReauthenticationFilter} on every request of the application. */
public class VismaServletInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        FilterRegistration.Dynamic filter = context.addFilter(ReauthenticationFilter.class.getName(),
                ReauthenticationFilter.class);
        if (filter != null) {
            filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        }
    }
}
