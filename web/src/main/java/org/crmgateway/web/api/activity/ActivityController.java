package org.crmgateway.web.api.activity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.crmgateway.crm.ActivityAttachment;
import org.crmgateway.crm.ActivityDetail;
import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.AttachmentStore;
import org.crmgateway.crm.CaptureKind;
import org.crmgateway.crm.History;
import org.crmgateway.crm.HistoryQuery;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.Viewer;
import org.crmgateway.web.api.ApiException;
import org.crmgateway.web.api.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A partner's history (keyset-paginated, newest first) and single activities with body and attachments. */
@RestController
class ActivityController {

    private final History history;
    private final Partners partners;
    private final AttachmentStore attachments;
    private final CurrentStaff current;

    ActivityController(History history, Partners partners, AttachmentStore attachments, CurrentStaff current) {
        this.history = history;
        this.partners = partners;
        this.attachments = attachments;
        this.current = current;
    }

    @GetMapping("/api/partners/{id}/activities")
    ActivityPageResponse timeline(@PathVariable long id, @RequestParam(defaultValue = "50") int limit,
                                  @RequestParam(required = false) @Nullable String cursor,
                                  @RequestParam(required = false) @Nullable CaptureKind type) {
        Viewer viewer = current.viewer();
        if (id <= 0 || partners.find(viewer.tenant(), PartnerId.of(id)).isEmpty()) {
            throw ApiException.notFound("Partner", id);
        }
        if (limit < 1 || limit > 200) {
            throw ApiException.badRequest("limit", "must be between 1 and 200");
        }
        String after = cursor == null || cursor.isBlank() ? null : cursor;
        HistoryQuery query = new HistoryQuery(PartnerId.of(id), type, null, null, null, after, limit);
        return ActivityPageResponse.of(history.timeline(viewer, query));
    }

    @GetMapping("/api/activities/{id}")
    ActivityDetailResponse one(@PathVariable long id) {
        ActivityDetail detail = find(current.viewer(), id);
        String html = detail.body().html();
        return ActivityDetailResponse.of(detail, html == null ? null : MailHtmlSanitizer.sanitize(html, inlineImages(detail)));
    }

    /** Serves an attachment as a download; never rendered inline by the browser, whatever its type. */
    @GetMapping("/api/activities/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable long id, @PathVariable long attachmentId)
            throws IOException {
        Viewer viewer = current.viewer();
        ActivityAttachment attachment = find(viewer, id).attachments().stream()
                .filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> ApiException.notFound("Attachment", attachmentId));
        InputStream content = attachments.open(viewer.tenant(), attachment.sha256())
                .orElseThrow(() -> ApiException.notFound("Attachment", attachmentId));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(attachment.fileName(), StandardCharsets.UTF_8)
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }

    static String attachmentUrl(long activityId, long attachmentId) {
        return "/api/activities/%d/attachments/%d".formatted(activityId, attachmentId);
    }

    private ActivityDetail find(Viewer viewer, long id) {
        if (id <= 0) {
            throw ApiException.notFound("Activity", id);
        }
        return history.find(viewer, ActivityId.of(id)).orElseThrow(() -> ApiException.notFound("Activity", id));
    }

    private static Map<String, String> inlineImages(ActivityDetail detail) {
        Map<String, String> urls = new HashMap<>();
        for (ActivityAttachment a : detail.attachments()) {
            if (a.contentId() != null && a.mediaType().toLowerCase(Locale.ROOT).startsWith("image/")) {
                String cid = a.contentId().strip().replaceAll("^<|>$", "").toLowerCase(Locale.ROOT);
                urls.put(cid, attachmentUrl(detail.summary().id().value(), a.id()));
            }
        }
        return urls;
    }
}
