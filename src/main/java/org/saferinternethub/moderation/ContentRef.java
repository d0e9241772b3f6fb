package org.saferinternethub.moderation;

/**
 * Which piece of content, in which module, a moderation item is about.
 *
 * @param module the owning module, e.g. {@code peerhelp}
 * @param type the kind of content within it, e.g. {@code post}
 * @param id its id in that module
 */
public record ContentRef(String module, String type, long id) {

    @Override
    public String toString() {
        return module + ":" + type + "#" + id;
    }

}
