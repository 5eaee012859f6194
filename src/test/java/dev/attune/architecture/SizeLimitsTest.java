package dev.attune.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The size rules of the code style (docs/architecture.md): a shipped source file over 400 lines, or a method
 * or constructor over 60, is doing more than one thing. Parsed with the JDK's own compiler tree API, so the
 * count is of the method's body as written, comments and blank lines included.
 */
class SizeLimitsTest {
    private static final Path SHIPPED = Path.of("src/main/java");
    private static final int FILE_LINES = 400;
    private static final int METHOD_LINES = 60;

    @Test
    void noShippedFileOver400Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            long lines = Files.readAllLines(file).size();
            if (lines > FILE_LINES) {
                long_.add(file + ": " + lines + " lines");
            }
        }
        assertEquals(List.of(), long_, "files over " + FILE_LINES + " lines");
    }

    @Test
    void noShippedMethodOver60Lines() throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> long_ = new ArrayList<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(sources()));
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : task.parse()) {
                new TreePathScanner<Void, Void>() {
                    private String type = "";

                    @Override
                    public Void visitClass(ClassTree tree, Void unused) {
                        String outer = type;
                        type = tree.getSimpleName().toString();
                        super.visitClass(tree, unused);
                        type = outer;
                        return null;
                    }

                    @Override
                    public Void visitMethod(MethodTree method, Void unused) {
                        long first = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, method));
                        long last = unit.getLineMap().getLineNumber(positions.getEndPosition(unit, method));
                        if (last - first + 1 > METHOD_LINES) {
                            long_.add(type + "." + method.getName() + " (" + unit.getSourceFile().getName() + ":"
                                    + first + "): " + (last - first + 1) + " lines");
                        }
                        return super.visitMethod(method, unused);
                    }
                }.scan(unit, null);
            }
        }
        assertEquals(List.of(), long_, "methods over " + METHOD_LINES + " lines");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(SHIPPED)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
