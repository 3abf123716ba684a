package io.github.vismaidentity.emulator.junit;

import io.github.vismaidentity.emulator.VismaEmulator;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/** Sets the fields annotated {@link VismaEmulatorInstance}, refusing those that cannot hold the emulator. */
final class EmulatorFields {

    private EmulatorFields() {
    }

    static void injectStatic(Class<?> testClass, VismaEmulator emulator) {
        for (Field field : annotated(testClass)) {
            if (Modifier.isStatic(field.getModifiers())) {
                set(field, null, emulator);
            }
        }
    }

    static void injectInstance(Object testInstance, VismaEmulator emulator) {
        for (Field field : annotated(testInstance.getClass())) {
            if (!Modifier.isStatic(field.getModifiers())) {
                set(field, testInstance, emulator);
            }
        }
    }

    private static List<Field> annotated(Class<?> testClass) {
        List<Field> fields = AnnotationSupport.findAnnotatedFields(testClass, VismaEmulatorInstance.class,
                field -> true, HierarchyTraversalMode.TOP_DOWN);
        for (Field field : fields) {
            check(field);
        }
        return fields;
    }

    private static void check(Field field) {
        String where = "@VismaEmulatorInstance field '" + field.getName() + "' of "
                + field.getDeclaringClass().getName();
        if (field.getType() != VismaEmulator.class) {
            throw new ExtensionConfigurationException(where + " is a " + field.getType().getName()
                    + "; declare it as " + VismaEmulator.class.getName());
        }
        if (Modifier.isFinal(field.getModifiers())) {
            throw new ExtensionConfigurationException(where + " is final; remove 'final' so the extension can set it");
        }
    }

    private static void set(Field field, Object target, VismaEmulator emulator) {
        try {
            field.setAccessible(true);
            field.set(target, emulator);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExtensionConfigurationException("Cannot set @VismaEmulatorInstance field '" + field.getName()
                    + "' of " + field.getDeclaringClass().getName() + ": " + e.getMessage(), e);
        }
    }
}
