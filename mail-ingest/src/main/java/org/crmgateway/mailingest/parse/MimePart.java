package org.crmgateway.mailingest.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.james.mime4j.stream.Field;
import org.crmgateway.crm.ThreadKeys;
import org.jspecify.annotations.Nullable;

/**
 * What the headers of one leaf part say about it.
 *
 * @param fileName   from Content-Disposition filename or Content-Type name (RFC 2231 and 2047 decoded)
 * @param disposition "inline", "attachment" or empty
 */
record MimePart(String mimeType, @Nullable String charset, @Nullable String fileName, String disposition,
                @Nullable String contentId, int index) {
    private static final Pattern UNSAFE_IN_NAME = Pattern.compile("[\\p{Cntrl}/\\\\]");

    static MimePart of(List<Field> fields, String mimeType, int index) {
        HeaderParams type = HeaderParams.parse(HeaderText.first(fields, "content-type"));
        HeaderParams disposition = HeaderParams.parse(HeaderText.first(fields, "content-disposition"));
        String name = disposition.param("filename");
        if (name == null || name.isBlank()) {
            name = type.param("name");
        }
        if (name != null) {
            name = UNSAFE_IN_NAME.matcher(EncodedWords.decode(name)).replaceAll("_").strip();
            if (name.isEmpty()) {
                name = null;
            }
        }
        String cid = HeaderText.first(fields, "content-id");
        return new MimePart(mimeType.toLowerCase(Locale.ROOT), type.param("charset"), name, disposition.value(),
                cid == null ? null : ThreadKeys.normalise(cid), index);
    }

    boolean isBodyText() {
        return (mimeType.equals("text/plain") || mimeType.equals("text/html"))
                && !disposition.equals("attachment") && fileName == null;
    }

    boolean isInline() {
        return disposition.equals("inline") || (contentId != null && !disposition.equals("attachment"));
    }

    String fileNameOrDefault() {
        if (fileName != null) {
            return fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
        }
        String ext = switch (mimeType) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "application/pdf" -> ".pdf";
            case "text/plain" -> ".txt";
            case "text/html" -> ".html";
            case "message/rfc822" -> ".eml";
            case "message/delivery-status" -> ".txt";
            default -> ".bin";
        };
        return "part-" + index + ext;
    }
}
