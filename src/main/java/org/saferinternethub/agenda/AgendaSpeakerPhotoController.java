package org.saferinternethub.agenda;

import java.time.Duration;

import org.saferinternethub.platform.Uploads;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Speakers' photos, as uploaded and re-encoded to PNG by platform uploads. The address names the photo's stored
 * id, which changes with every new photo, so browsers may keep it long.
 */
@RestController
class AgendaSpeakerPhotoController {

    private final InspirationSpeakers speakers;
    private final Uploads uploads;

    AgendaSpeakerPhotoController(InspirationSpeakers speakers, Uploads uploads) {
        this.speakers = speakers;
        this.uploads = uploads;
    }

    @GetMapping("/media/agenda/speakers/{id}/{photo}")
    ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable String photo) {
        InspirationSpeaker speaker = speakers.findById(id).filter(s -> photo.equals(s.getPhotoId()))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Resource file = uploads.open(speaker.getPhotoId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
            .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
            .header("X-Content-Type-Options", "nosniff").body(file);
    }

}
