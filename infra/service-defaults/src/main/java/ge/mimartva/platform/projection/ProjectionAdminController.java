package ge.mimartva.platform.projection;

import ge.mimartva.platform.web.PlatformAccess;
import ge.mimartva.platform.web.RecordNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators rebuild a read model with {@code POST /api/admin/projections/{name}/replay} (administrators only). */
@RestController
public class ProjectionAdminController {

    private final ProjectionReplay replay;

    public ProjectionAdminController(ProjectionReplay replay) {
        this.replay = replay;
    }

    @PostMapping("/api/admin/projections/{name}/replay")
    public ResponseEntity<Void> replay(@PathVariable String name) {
        PlatformAccess.administrator("Only administrators may rebuild read models.");
        if (!replay.isProjection(name)) {
            throw new RecordNotFoundException("projection");
        }
        replay.replay(name);
        return ResponseEntity.accepted().build();
    }
}
