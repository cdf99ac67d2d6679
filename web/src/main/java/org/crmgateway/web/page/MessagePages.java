package org.crmgateway.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.crmgateway.crm.ActivityAttachment;
import org.crmgateway.crm.ActivityDetail;
import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.AttachmentStore;
import org.crmgateway.crm.CaptureBody;
import org.crmgateway.crm.History;
import org.crmgateway.web.audit.AuditAction;
import org.crmgateway.web.audit.AuditLog;
import org.crmgateway.web.html.InlineImage;
import org.crmgateway.web.html.MailHtml;
import org.crmgateway.web.html.SanitizedHtml;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A message (or meeting) with its headers, its thread and attachments. The body is served on its
 * own URL for a sandboxed frame, under a Content-Security-Policy that forbids scripts, forms and,
 * until the reader asks, remote images.
 */
@Controller
class MessagePages {

    private final PageUsers users;
    private final History history;
    private final AttachmentStore attachments;
    private final AuditLog audit;

    MessagePages(PageUsers users, History history, AttachmentStore attachments, AuditLog audit) {
        this.users = users;
        this.history = history;
        this.attachments = attachments;
        this.audit = audit;
    }

    @GetMapping("/activities/{id}")
    String message(@PathVariable long id, @RequestParam(defaultValue = "false") boolean images, Model model) {
        PageUser me = users.require();
        ActivityDetail detail = find(me, id);
        model.addAttribute("activity", detail.summary());
        model.addAttribute("attachments", detail.attachments().stream().filter(a -> !a.inline()).toList());
        model.addAttribute("note", detail.body().note());
        model.addAttribute("images", images);
        model.addAttribute("blockedImages", images ? 0 : sanitize(me, detail, false).blockedImages());
        model.addAttribute("thread", history.thread(me.viewer(), detail.summary().id()));
        model.addAttribute("mine", me.id().equals(detail.summary().owner()));
        return "message";
    }

    @GetMapping("/activities/{id}/body")
    ResponseEntity<String> body(@PathVariable long id, @RequestParam(defaultValue = "false") boolean images) {
        PageUser me = users.require();
        ActivityDetail detail = find(me, id);
        CaptureBody body = detail.body();
        String content = body.html() != null ? sanitize(me, detail, images).html()
                : MailHtml.fromText(body.text() == null ? "" : body.text());
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", images ? MailHtml.CSP_WITH_REMOTE_IMAGES : MailHtml.CSP_WITHOUT_REMOTE_IMAGES)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Referrer-Policy", "no-referrer")
                .cacheControl(CacheControl.noStore())
                .body(MailHtml.document(content));
    }

    @GetMapping("/activities/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable long id, @PathVariable long attachmentId)
            throws IOException {
        PageUser me = users.require();
        ActivityAttachment attachment = find(me, id).attachments().stream()
                .filter(a -> a.id() == attachmentId).findFirst().orElseThrow(PageErrors.NotFound::new);
        InputStream content = attachments.open(me.tenant(), attachment.sha256()).orElseThrow(PageErrors.NotFound::new);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(content));
    }

    /** Marks one's own message private (only its owner sees it) or public again. */
    @PostMapping("/activities/{id}/private")
    String setPrivate(@PathVariable long id, @RequestParam boolean value) {
        PageUser me = users.require();
        ActivityDetail detail = find(me, id);
        if (!me.id().equals(detail.summary().owner())) {
            throw new PageErrors.NotFound();
        }
        history.setPrivate(me.viewer(), detail.summary().id(), value);
        audit.record(me.tenant(), me.name(), AuditAction.ACTIVITY_PRIVACY_CHANGED,
                "activity " + id + (value ? " private" : " shared"), null);
        return "redirect:/activities/" + id;
    }

    private ActivityDetail find(PageUser me, long id) {
        if (id <= 0) {
            throw new PageErrors.NotFound();
        }
        return history.find(me.viewer(), ActivityId.of(id)).orElseThrow(PageErrors.NotFound::new);
    }

    private SanitizedHtml sanitize(PageUser me, ActivityDetail detail, boolean images) {
        String html = detail.body().html();
        if (html == null) {
            return new SanitizedHtml("", 0);
        }
        List<ActivityAttachment> parts = detail.attachments();
        return MailHtml.sanitize(html, cid -> inline(me, parts, cid), images);
    }

    private Optional<InlineImage> inline(PageUser me, List<ActivityAttachment> parts, String cid) {
        String wanted = stripBrackets(cid);
        Optional<ActivityAttachment> part = parts.stream()
                .filter(a -> a.contentId() != null && stripBrackets(a.contentId()).equalsIgnoreCase(wanted))
                .filter(a -> a.size() <= 5L * 1024 * 1024)
                .findFirst();
        if (part.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<InputStream> in = attachments.open(me.tenant(), part.get().sha256());
            if (in.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream s = in.get()) {
                return Optional.of(new InlineImage(part.get().mediaType(), s.readNBytes(5 * 1024 * 1024 + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading inline image " + part.get().id(), e);
        }
    }

    private static String stripBrackets(String id) {
        String s = id.strip();
        return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
    }
}
