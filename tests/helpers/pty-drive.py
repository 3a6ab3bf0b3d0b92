#!/usr/bin/env python3
# Test helper: run a command in a real pseudo-terminal and type into it, like a user would.
# argv[1]: JSON list of [text to wait for, key or list of keys to send]; argv[2:]: the command.
# The child's screen output goes to stdout; the exit status is the child's (124 on a timeout).
import fcntl, json, os, pty, re, select, struct, sys, termios, time

script = json.loads(sys.argv[1])
cmd = sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.environ['COLUMNS'] = '200'
    os.execvp(cmd[0], cmd)

# A real terminal has a size: 40 rows, 160 columns (prompts wrap to it).
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 160, 0, 0))
ansi = re.compile(r'\x1b\[[0-9;?]*[A-Za-z]')
screen = b''
seen = 0  # how much of the plain text earlier waits consumed
deadline = time.time() + 180

def read_some(timeout):
    global screen
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return True
    try:
        data = os.read(fd, 65536)
    except OSError:
        return False
    if not data:
        return False
    screen += data
    return True

alive = True
for wait_for, keys in script:
    while alive:
        plain = ansi.sub('', screen.decode('utf8', 'replace'))
        idx = plain.find(wait_for, seen)
        if idx >= 0:
            seen = idx + len(wait_for)
            break
        if time.time() > deadline:
            sys.stdout.write(screen.decode('utf8', 'replace'))
            sys.stdout.write('\n[pty-drive: timed out waiting for %r]\n' % wait_for)
            os.kill(pid, 9)
            sys.exit(124)
        alive = read_some(0.2)
    time.sleep(0.15)  # let the prompt finish drawing before typing
    # Each entry is one key (an escape sequence must arrive whole, or ESC alone cancels).
    for key in ([keys] if isinstance(keys, str) else keys):
        os.write(fd, key.encode())
        time.sleep(0.08)

while alive and time.time() < deadline:
    alive = read_some(0.5)
_, status = os.waitpid(pid, 0)
sys.stdout.write(screen.decode('utf8', 'replace'))
sys.exit(os.waitstatus_to_exitcode(status) if hasattr(os, 'waitstatus_to_exitcode') else (status >> 8))
