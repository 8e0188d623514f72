package reportcheck.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a small settings file named on the command line or kept beside the rules (a
 * configuration, a baseline, a report profile). Only a regular file of at most {@link #MAX_BYTES}
 * is read: a device such as /dev/zero, a named pipe or a multi-gigabyte file given by mistake is
 * refused before it is opened, never read until memory runs out or forever. The text is UTF-8; a
 * byte-order mark (Windows Notepad writes one) is dropped.
 */
public final class OptionFile {
    /** Far above any real configuration, baseline or profile (they are a few KB), far below memory. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private OptionFile() {
    }

    /**
     * The file's text; a {@link ConfigException} whose message starts with {@code what} and the
     * path says why it cannot be read.
     */
    public static String read(Path file, String what) {
        String name = what + " " + file;
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw new ConfigException(name + " 是指向不存在文件（或形成循环）的符号链接");
        }
        if (!Files.exists(file)) {
            throw new ConfigException(name + " 不存在");
        }
        if (Files.isDirectory(file)) {
            throw new ConfigException(name + " 是文件夹，不是文件");
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(name + " 不是普通文件（可能是设备或管道），不读取");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            byte[] bytes;
            // read at most one byte past the limit: the file may grow between the check and the read
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(name, bytes.length);
            }
            return decode(bytes, name);
        } catch (NoSuchFileException e) {
            throw new ConfigException(name + " 不存在");
        } catch (AccessDeniedException e) {
            throw new ConfigException(name + " 没有读取权限");
        } catch (IOException e) {
            throw new ConfigException("无法读取" + name + "：" + e.getMessage());
        }
    }

    private static ConfigException tooLarge(String name, long size) {
        return new ConfigException(String.format("%s 有 %.1f MB，超过此类文件的上限（%d MB）；请确认给的是正确的文件",
                name, size / (1024.0 * 1024), MAX_BYTES / (1024 * 1024)));
    }

    private static String decode(byte[] bytes, String name) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(name + " 不是 UTF-8 文本；请另存为 UTF-8 后重试");
        }
    }
}
