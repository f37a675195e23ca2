#!/usr/bin/env python3
"""A TCP relay that delays every byte by a fixed time in each direction, to
stand in for a remote database (scripts/bench.sh --rtt-ms). Bandwidth is not
limited and data keeps flowing while earlier data waits: like a long wire,
not a slow one. `tc qdisc ... netem` does the same where the kernel has it.

    scripts/delay_relay.py --listen 127.0.0.1:15432 --target 127.0.0.1:5432 --delay-ms 10
"""
import argparse
import asyncio
import collections
import time


async def pump(reader, writer, delay):
    """Copy reader → writer, each piece leaving `delay` seconds after it came."""
    queue = collections.deque()
    arrived = asyncio.Event()
    done = False

    async def receive():
        nonlocal done
        try:
            while True:
                data = await reader.read(1 << 16)
                if not data:
                    break
                queue.append((time.monotonic() + delay, data))
                arrived.set()
        except (ConnectionError, OSError):
            pass
        done = True
        arrived.set()

    task = asyncio.ensure_future(receive())
    try:
        while True:
            if not queue:
                if done:
                    break
                arrived.clear()
                await arrived.wait()
                continue
            due, data = queue[0]
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            queue.popleft()
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        task.cancel()
        try:
            writer.close()
        except Exception:
            pass


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--listen", default="127.0.0.1:15432")
    parser.add_argument("--target", default="127.0.0.1:5432")
    parser.add_argument("--delay-ms", type=float, default=10.0, help="one way")
    args = parser.parse_args()
    delay = args.delay_ms / 1000.0
    target_host, target_port = args.target.rsplit(":", 1)
    listen_host, listen_port = args.listen.rsplit(":", 1)

    async def handle(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(
                target_host, int(target_port)
            )
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(
            pump(client_reader, server_writer, delay),
            pump(server_reader, client_writer, delay),
        )

    server = await asyncio.start_server(handle, listen_host, int(listen_port))
    print("listening", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
