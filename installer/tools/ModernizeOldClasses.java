import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rewrites the Java 5 class files of one package inside a jar (picocli's, class file version 49) as
 * class file version 52 with stack maps computed by the JDK's ClassFile API; the code itself is
 * unchanged, instruction for instruction. Why (decision 0050): an AOT cache skips "old" classes
 * (version < 50: "Old class has been linked"), so the installed app loaded and verified picocli's
 * 171 classes from the jar at every command's start. Run by installer/build-linux.sh on the copy
 * of the jar that goes into the image, with the JDK that builds it (25+):
 * {@code java installer/tools/ModernizeOldClasses.java JAR PACKAGE_PREFIX}.
 */
public final class ModernizeOldClasses {

    private static final int OLDEST_LINKABLE = 50;
    private static final int TARGET = ClassFile.JAVA_8_VERSION;

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]).toAbsolutePath();
        String prefix = args[1];
        int rewritten = 0;
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null);
             FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                    ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
            List<Path> classes;
            try (Stream<Path> files = Files.walk(zip.getPath("/" + prefix))) {
                classes = files.filter(file -> file.toString().endsWith(".class")).toList();
            }
            for (Path file : classes) {
                byte[] bytes = Files.readAllBytes(file);
                ClassModel model = classFile.parse(bytes);
                if (model.majorVersion() >= OLDEST_LINKABLE) {
                    continue;
                }
                // Every method body rebuilt (the same instructions), so that its stack map is generated.
                byte[] modern = classFile.transformClass(model, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                        .andThen(ClassTransform.endHandler(builder -> builder.withVersion(TARGET, 0))));
                Files.write(file, modern);
                rewritten++;
            }
        }
        System.out.println("rewrote " + rewritten + " class files under " + prefix + " to version " + TARGET);
    }
}
