// speechqa review pages: CSRF header for htmx, the player, seeking, highlighting.
// Loaded as an external file (the Content-Security-Policy forbids inline script). Text from
// the server is only ever set with textContent, never parsed as HTML.
"use strict";

(function () {
  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  // Every htmx request carries the session's CSRF token.
  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = csrfToken();
  });

  function showNotice(text) {
    const notice = document.getElementById("notice");
    if (!notice) return;
    notice.textContent = "";
    const line = document.createElement("p");
    line.className = "error";
    line.textContent = text;
    notice.appendChild(line);
  }

  document.addEventListener("htmx:responseError", function (event) {
    const notice = document.getElementById("notice");
    const status = event.detail.xhr ? event.detail.xhr.status : 0;
    showNotice((notice && notice.dataset.failed ? notice.dataset.failed : "Request failed") +
      (status ? " (" + status + ")" : ""));
  });
  document.addEventListener("htmx:sendError", function () {
    const notice = document.getElementById("notice");
    showNotice(notice && notice.dataset.offline ? notice.dataset.offline : "Server unreachable");
  });
  document.addEventListener("htmx:beforeSwap", function () {
    const notice = document.getElementById("notice");
    if (notice) notice.textContent = "";
  });

  document.addEventListener("change", function (event) {
    const target = event.target;
    if (target.matches && target.matches("select[data-autosubmit]") && target.form) {
      target.form.submit();
    }
  });

  // ---- player ----------------------------------------------------------------------
  const audio = document.getElementById("player");
  const transcript = document.getElementById("transcript");
  const turns = transcript ? Array.from(transcript.querySelectorAll(".turn")) : [];
  let currentTurn = null;
  let currentWord = null;

  function seek(seconds) {
    if (!audio || !isFinite(seconds)) return;
    const apply = function () { audio.currentTime = Math.max(0, seconds); };
    if (audio.readyState >= 1) apply();
    else audio.addEventListener("loadedmetadata", apply, { once: true });
  }

  function scrollWithin(container, element) {
    if (!container || !element) return;
    if (container.scrollHeight > container.clientHeight) {
      // The transcript panel is position: relative, so offsetTop is measured from its top.
      const top = element.offsetTop;
      if (top < container.scrollTop || top > container.scrollTop + container.clientHeight - 40) {
        container.scrollTop = Math.max(0, top - container.clientHeight / 3);
      }
    } else {
      element.scrollIntoView({ block: "nearest" });
    }
  }

  function clearHighlight() {
    document.querySelectorAll(".hl").forEach(function (node) { node.classList.remove("hl"); });
  }

  // Evidence: seek to it and highlight the matched words of its turn.
  function showEvidence(button) {
    const start = parseFloat(button.dataset.seek);
    const end = parseFloat(button.dataset.end);
    const turn = document.getElementById("turn-" + button.dataset.turn);
    clearHighlight();
    button.classList.add("hl");
    if (turn) {
      const words = Array.from(turn.querySelectorAll(".w")).filter(function (word) {
        const ws = parseFloat(word.dataset.start);
        const we = parseFloat(word.dataset.end);
        return isFinite(start) && isFinite(end) && we > start + 0.01 && ws < end - 0.01;
      });
      if (words.length) words.forEach(function (word) { word.classList.add("hl"); });
      else turn.querySelector(".text").classList.add("hl");
      scrollWithin(transcript, turn);
    }
    if (isFinite(start)) seek(start);
  }

  document.addEventListener("click", function (event) {
    const target = event.target.closest ? event.target : event.target.parentElement;
    const evidence = target.closest(".evidence");
    if (evidence) { showEvidence(evidence); return; }
    const word = target.closest(".turn .w");
    if (word) { seek(parseFloat(word.dataset.start)); return; }
    const seekable = target.closest("[data-seek]");
    if (seekable) { seek(parseFloat(seekable.dataset.seek)); return; }
    const turn = target.closest(".turn");
    if (turn) seek(parseFloat(turn.dataset.start));
  });

  function follow() {
    const time = audio.currentTime;
    let found = null;
    for (const turn of turns) {
      if (parseFloat(turn.dataset.start) <= time && time < parseFloat(turn.dataset.end)) {
        found = turn;
      }
    }
    if (found !== currentTurn) {
      if (currentTurn) currentTurn.classList.remove("current");
      if (found) { found.classList.add("current"); scrollWithin(transcript, found); }
      currentTurn = found;
    }
    let word = null;
    if (found) {
      for (const candidate of found.querySelectorAll(".w")) {
        if (parseFloat(candidate.dataset.start) <= time) word = candidate;
      }
    }
    if (word !== currentWord) {
      if (currentWord) currentWord.classList.remove("now");
      if (word) word.classList.add("now");
      currentWord = word;
    }
    drawWaveform();
  }

  // ---- waveform (peaks computed by the server) -------------------------------------
  const canvas = document.getElementById("waveform");
  let peaks = null;

  function drawWaveform() {
    if (!canvas || !peaks) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
    const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const context = canvas.getContext("2d");
    const duration = audio && isFinite(audio.duration) && audio.duration > 0
      ? audio.duration : parseFloat(canvas.dataset.duration) || 1;
    const played = audio ? audio.currentTime / duration : 0;
    const style = getComputedStyle(canvas);
    context.clearRect(0, 0, width, height);
    const bar = width / peaks.length;
    for (let i = 0; i < peaks.length; i++) {
      const amplitude = Math.max(1, peaks[i] * (height - 2));
      context.fillStyle = i / peaks.length <= played
        ? style.getPropertyValue("--wave-played") || "#1d4ed8"
        : style.getPropertyValue("--wave") || "#94a3b8";
      context.fillRect(i * bar, (height - amplitude) / 2, Math.max(1, bar - 0.5), amplitude);
    }
  }

  if (canvas) {
    fetch(canvas.dataset.peaks, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) { peaks = data.peaks; drawWaveform(); } })
      .catch(function () { /* the player works without a waveform */ });
    canvas.addEventListener("click", function (event) {
      const rect = canvas.getBoundingClientRect();
      const duration = audio && isFinite(audio.duration) ? audio.duration
        : parseFloat(canvas.dataset.duration);
      seek(((event.clientX - rect.left) / rect.width) * duration);
    });
    window.addEventListener("resize", drawWaveform);
  }

  const timeline = document.getElementById("timeline");
  if (timeline) {
    timeline.addEventListener("click", function (event) {
      const rect = timeline.getBoundingClientRect();
      const duration = timeline.viewBox.baseVal.width;
      seek(((event.clientX - rect.left) / rect.width) * duration);
    });
  }

  // Keys while no field has the focus: space plays or pauses, arrows step 5 s.
  document.addEventListener("keydown", function (event) {
    if (!audio || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target.closest && target.closest("input, textarea, select, button, audio")) return;
    if (event.key === " ") {
      event.preventDefault();
      if (audio.paused) audio.play(); else audio.pause();
    } else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      event.preventDefault();
      seek(audio.currentTime + (event.key === "ArrowRight" ? 5 : -5));
    }
  });

  if (audio) {
    audio.addEventListener("timeupdate", follow);
    audio.addEventListener("seeked", follow);
    audio.addEventListener("loadedmetadata", drawWaveform);
  }
})();
