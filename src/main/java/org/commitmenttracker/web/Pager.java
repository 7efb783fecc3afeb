package org.commitmenttracker.web;

/** Previous and next links for a paged list, keeping the page's other parameters. */
public record Pager(int page, int size, long total, String path, PageParams params) {

    public long first() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long last() {
        return Math.min(total, (long) (page + 1) * size);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public String previous() {
        return params.link(path, "page", page - 1 == 0 ? null : page - 1);
    }

    public String next() {
        return params.link(path, "page", page + 1);
    }
}
