/* A fast OpenAI-compatible fake for `tier bench`'s own benchmark: one thread, epoll, HTTP/1.1
 * keep-alive. Non-streaming requests get a tiny fixed answer at once; streaming requests get a
 * role chunk, then --chunks content chunks --gap-ms apart (the first after --ttft-ms), then usage
 * and [DONE], with chunked transfer encoding. Prints "PORT n" once listening on 127.0.0.1.
 *
 *   cc -O2 -o fake_server bench/fake_server.c && ./fake_server [--port N] [--chunks N] [--gap-ms G] [--ttft-ms T]
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    int fd;
    char *in; size_t in_len, in_cap;
    char *out; size_t out_len, out_off, out_cap;
    int streaming;          /* chunks still to send, or 0 */
    int sent;               /* content chunks sent */
    double next_at;         /* ms on the monotonic clock */
    int active;
} conn;

static int chunks = 8, port = 0;
static double gap_ms = 10, ttft_ms = 10;
static conn **conns; static int nconns, capconns;
static int ep;

static double now_ms(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }

static void out_append(conn *c, const char *s, size_t n) {
    if (c->out_len + n > c->out_cap) { c->out_cap = (c->out_len + n) * 2 + 256; c->out = realloc(c->out, c->out_cap); }
    memcpy(c->out + c->out_len, s, n); c->out_len += n;
}

static void flush_out(conn *c) {
    while (c->out_off < c->out_len) {
        ssize_t w = write(c->fd, c->out + c->out_off, c->out_len - c->out_off);
        if (w < 0) {
            if (errno == EAGAIN) { struct epoll_event e = { .events = EPOLLIN | EPOLLOUT, .data.ptr = c }; epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &e); return; }
            c->out_off = c->out_len = 0; return;
        }
        c->out_off += (size_t)w;
    }
    c->out_off = c->out_len = 0;
}

static void chunk(conn *c, const char *data) {
    char head[32]; size_t n = strlen(data);
    int h = snprintf(head, sizeof head, "%zx\r\n", n + 8);
    out_append(c, head, (size_t)h); out_append(c, "data: ", 6); out_append(c, data, n); out_append(c, "\n\n\r\n", 4);
}

static void close_conn(conn *c) {
    epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL); close(c->fd);
    c->active = 0; c->streaming = 0; c->in_len = 0; c->out_len = c->out_off = 0;
}

static const char whole[] = "{\"id\":\"x\",\"object\":\"chat.completion\",\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"ok\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":1,\"total_tokens\":6}}";

/* Answers every complete request in the input buffer. */
static void serve(conn *c) {
    for (;;) {
        if (c->streaming) return;  /* one stream at a time per connection */
        char *end = memmem(c->in, c->in_len, "\r\n\r\n", 4);
        if (!end) return;
        size_t head = (size_t)(end - c->in) + 4, body = 0;
        for (char *p = c->in; p < end; p++) {
            if ((p == c->in || p[-1] == '\n') && strncasecmp(p, "content-length:", 15) == 0) { body = strtoul(p + 15, NULL, 10); break; }
        }
        if (c->in_len < head + body) return;
        int stream = memmem(c->in + head, body, "\"stream\":true", 13) != NULL;
        memmove(c->in, c->in + head + body, c->in_len - head - body);
        c->in_len -= head + body;
        if (!stream) {
            char h[160];
            int n = snprintf(h, sizeof h, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %zu\r\n\r\n", sizeof whole - 1);
            out_append(c, h, (size_t)n); out_append(c, whole, sizeof whole - 1);
            flush_out(c);
        } else {
            const char *h = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
            out_append(c, h, strlen(h));
            chunk(c, "{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null},\"finish_reason\":null}]}");
            flush_out(c);
            c->streaming = chunks; c->sent = 0; c->next_at = now_ms() + ttft_ms;
        }
    }
}

static void tick(conn *c, double now) {
    while (c->streaming && now >= c->next_at) {
        char buf[160];
        snprintf(buf, sizeof buf, "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"t%d \"},\"finish_reason\":null}]}", c->sent);
        chunk(c, buf); c->sent++; c->streaming--;
        c->next_at += gap_ms;
        if (!c->streaming) {
            char u[200];
            snprintf(u, sizeof u, "{\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":%d}}", c->sent);
            chunk(c, "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
            chunk(c, u);
            out_append(c, "e\r\ndata: [DONE]\n\n\r\n0\r\n\r\n", 26);
        }
    }
    flush_out(c);
    if (!c->streaming) serve(c);
}

int main(int argc, char **argv) {
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--port")) port = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--chunks")) chunks = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--gap-ms")) gap_ms = atof(argv[i + 1]);
        else if (!strcmp(argv[i], "--ttft-ms")) ttft_ms = atof(argv[i + 1]);
    }
    struct rlimit r; getrlimit(RLIMIT_NOFILE, &r); r.rlim_cur = r.rlim_max; setrlimit(RLIMIT_NOFILE, &r);
    int ls = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1;
    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((unsigned short)port), .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    if (bind(ls, (struct sockaddr *)&a, sizeof a) || listen(ls, 4096)) { perror("listen"); return 1; }
    socklen_t al = sizeof a; getsockname(ls, (struct sockaddr *)&a, &al);
    printf("PORT %d\n", ntohs(a.sin_port)); fflush(stdout);
    ep = epoll_create1(0);
    struct epoll_event le = { .events = EPOLLIN, .data.ptr = NULL };
    epoll_ctl(ep, EPOLL_CTL_ADD, ls, &le);
    struct epoll_event evs[512];
    for (;;) {
        double now = now_ms(), next = now + 1000;
        for (int i = 0; i < nconns; i++) if (conns[i]->active && conns[i]->streaming && conns[i]->next_at < next) next = conns[i]->next_at;
        int timeout = (int)(next - now); if (timeout < 0) timeout = 0;
        int n = epoll_wait(ep, evs, 512, timeout);
        for (int i = 0; i < n; i++) {
            conn *c = evs[i].data.ptr;
            if (!c) {
                int fd;
                while ((fd = accept4(ls, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
                    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    conn *nc = NULL;
                    for (int k = 0; k < nconns; k++) if (!conns[k]->active) { nc = conns[k]; break; }
                    if (!nc) {
                        if (nconns == capconns) { capconns = capconns * 2 + 64; conns = realloc(conns, sizeof(conn *) * (size_t)capconns); }
                        nc = calloc(1, sizeof(conn)); conns[nconns++] = nc;
                    }
                    nc->fd = fd; nc->active = 1; nc->streaming = 0; nc->in_len = 0; nc->out_len = nc->out_off = 0;
                    struct epoll_event e = { .events = EPOLLIN, .data.ptr = nc };
                    epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e);
                }
                continue;
            }
            if (evs[i].events & EPOLLOUT) {
                flush_out(c);
                if (c->out_len == 0) { struct epoll_event e = { .events = EPOLLIN, .data.ptr = c }; epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &e); }
            }
            if (evs[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
                for (;;) {
                    if (c->in_cap - c->in_len < 4096) { c->in_cap = c->in_cap * 2 + 8192; c->in = realloc(c->in, c->in_cap); }
                    ssize_t got = read(c->fd, c->in + c->in_len, c->in_cap - c->in_len);
                    if (got > 0) { c->in_len += (size_t)got; continue; }
                    if (got == 0 || errno != EAGAIN) { close_conn(c); break; }
                    break;
                }
                if (c->active) serve(c);
            }
        }
        now = now_ms();
        for (int i = 0; i < nconns; i++) if (conns[i]->active && conns[i]->streaming && conns[i]->next_at <= now) tick(conns[i], now);
    }
}
