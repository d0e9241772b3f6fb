package org.saferinternethub.toolbox.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A PDF or image attached to a resource, stored by the platform's uploads and served as a download. */
@Entity
@Table(name = "toolbox_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id")
    private Resource resource;

    @Column(name = "file_id", nullable = false)
    private String fileId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @SuppressWarnings("NullAway.Init")
    protected Attachment() {
    }

    Attachment(Resource resource, String fileId, String fileName, String mediaType, long size) {
        this.resource = resource;
        this.fileId = fileId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getFileId() {
        return fileId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

}
