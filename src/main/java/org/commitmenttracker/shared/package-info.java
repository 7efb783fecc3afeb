/**
 * The shared kernel, small on purpose: where a fact comes from and when it happened ({@code provenance}), the two time
 * axes of every read ({@code time}), the refusals any module may throw ({@code refusal}), the page/size check of paged
 * reads ({@code paging}), and id rules. It depends on no other module; every module may use it.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package org.commitmenttracker.shared;

import org.springframework.modulith.ApplicationModule;
