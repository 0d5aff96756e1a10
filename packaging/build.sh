#!/usr/bin/env bash
# Builds Tablebook as an installable app with its own jlinked Java runtime (nobody needs Java
# installed), on Linux:
#
#   bash packaging/build.sh app-image   target/dist/Tablebook/ (start bin/Tablebook)
#   bash packaging/build.sh deb         the same, then target/dist/tablebook_<version>_<arch>.deb
#
# Steps: Maven builds the jar and copies the runtime dependencies to target/lib; the jars are laid
# out for jpackage (the app's in target/jpackage/input, JavaFX's modular -linux jars in
# target/jpackage/javafx, which jlink links into the runtime); jpackage makes the app-image; a
# training run of the packaged app (the sample negotiation and every section, under Xvfb when there
# is no display) records the classes a start loads, and they are dumped into an AppCDS archive that
# later starts map instead of loading and verifying each class. The .deb adds the desktop entry,
# the .tablebook file association and the dependency on GTK.
#
# Needs: JDK 17+ with jpackage, Maven; for the archive, a display or xvfb-run (Debian: xvfb);
# for the .deb, fakeroot and dpkg-dev. MAVEN_ARGS passes extra options to Maven (e.g. -o).
# Windows and macOS: see packaging/windows/README.md and packaging/macos/README.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

type=${1:-}
case "$type" in
  app-image|deb) ;;
  *) echo "usage: bash packaging/build.sh app-image|deb" >&2; exit 2 ;;
esac

jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
name=Tablebook
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)
build=target/jpackage
dist=target/dist
image=$dist/$name
# The modules the app needs from the JDK and JavaFX (jdeps --print-module-deps, plus what is only
# reached by reflection: logging, XML, Unsafe).
# jdk.localedata: Spanish dates and numbers ("3 dic 2026"); without it the runtime knows English only.
modules=java.base,java.desktop,java.management,java.sql,java.logging,java.xml,jdk.unsupported,jdk.localedata,javafx.controls,javafx.fxml

step() { printf '\n== %s\n' "$*"; }

build_image() {
  step "Building the jar ($name $version)"
  # shellcheck disable=SC2086 # MAVEN_ARGS holds several words on purpose
  mvn -B -q ${MAVEN_ARGS:-} package -DskipTests

  step "Laying out the jars for jpackage"
  rm -rf "$build" "$image"
  mkdir -p "$build/input" "$build/javafx" "$dist"
  cp target/tablebook.jar "$build/input/"
  for jar in target/lib/*.jar; do
    base=$(basename "$jar")
    if [[ $base =~ ^javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\.jar$ ]]; then
      cp "$jar" "$build/javafx/"   # the platform's modular jar: linked into the runtime
    elif [[ $base == javafx-* ]]; then
      :                            # the empty jar that only points Maven at the platform's jar
    else
      cp "$jar" "$build/input/"
    fi
  done
  if ! compgen -G "$build/javafx/javafx-controls-*.jar" >/dev/null; then
    echo "No JavaFX platform jars in target/lib: check maven-dependency-plugin's copy-runtime-libs." >&2
    exit 1
  fi

  step "jpackage: app-image with a jlinked runtime"
  "${jdk_bin}jpackage" --type app-image --name "$name" --app-version "$version" \
    --vendor "Tablebook" --description "The negotiating team's bargaining book" \
    --input "$build/input" --main-jar tablebook.jar --main-class org.tablebook.app.Launcher \
    --module-path "$build/javafx" --add-modules "$modules" \
    --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2 --include-locales=en,es" \
    --java-options "-XX:SharedArchiveFile=\$APPDIR/tablebook.jsa" \
    --java-options "-XX:+UseSerialGC" --java-options "-Xms64m" \
    --icon icons/png/tablebook-512.png \
    --dest "$dist"

  train_class_data_archive
  du -sh "$image" | awk '{print "App-image: " $1 " in '"$image"'"}'
}

# The class-data archive (AppCDS). A training run of the packaged app opens the sample
# negotiation, shows every section and quits, and the JVM lists every class it loaded
# (-XX:DumpLoadedClassList) in lib/app/tablebook.classlist; class-data-archive.sh then dumps those
# classes into lib/app/tablebook.jsa, which the launcher's -XX:SharedArchiveFile maps at start.
# Why not a dynamic archive (-XX:ArchiveClassesAtExit)? On Java 17 it loads only where it was made
# (the jars' paths are checked), and -XX:+AutoCreateSharedArchive needs Java 19. The class list
# is portable, so the .deb ships it and its postinst makes the archive in /opt/tablebook.
train_class_data_archive() {
  step "Training run for the class-data archive"
  local app=$image/lib/app
  local cfg=$app/$name.cfg
  local data=$build/training-data
  rm -rf "$data"
  mkdir -p "$data"
  printf '{"userName":"Tablebook build"}\n' > "$data/preferences.json"
  cp packaging/linux/class-data-archive.sh "$app/"
  cp "$cfg" "$build/$name.cfg.orig"
  sed -i '/SharedArchiveFile/d' "$cfg"
  {
    echo "java-options=-XX:DumpLoadedClassList=\$APPDIR/tablebook.classlist"
    echo "java-options=-Dtablebook.startup=training"
    echo "java-options=-Dtablebook.data.dir=$(pwd)/$data"
    echo "java-options=-Dprism.order=sw"
  } >> "$cfg"
  local run=("$image/bin/$name")
  if [[ -z ${DISPLAY:-} ]]; then
    if command -v xvfb-run >/dev/null; then
      run=(xvfb-run -a -s "-screen 0 1400x900x24" "${run[@]}")
    else
      run=()
    fi
  fi
  local trained=0
  if ((${#run[@]})) && timeout 180 "${run[@]}" > "$build/training.log" 2>&1 \
      && grep -q '^Tablebook start-up training' "$build/training.log"; then
    trained=1
  fi
  grep '^Tablebook start-up' "$build/training.log" 2>/dev/null || true
  cp "$build/$name.cfg.orig" "$cfg"
  if ((trained)) && "$app/class-data-archive.sh"; then
    cp "$data/sample-negotiation.tablebook" "$dist/sample-negotiation.tablebook"
    local classes
    classes=$(grep -vc '^#' "$app/tablebook.classlist")
    ls -l "$app/tablebook.jsa" | awk -v n="$classes" '{printf "Class-data archive: %.1f MB, %d classes\n", $5 / 1048576, n}'
  else
    echo "WARNING: no class-data archive (no display and no xvfb-run, or the training run failed);" \
      "the app will start without it." >&2
    if [[ -f $build/training.log ]]; then tail -n 20 "$build/training.log" >&2; fi
    rm -f "$app/tablebook.classlist" "$app/tablebook.jsa"
    sed -i '/SharedArchiveFile/d' "$cfg"
  fi
}

build_deb() {
  step "jpackage: .deb from the app-image"
  rm -f "$dist"/*.deb
  # The archive made for target/dist would not load in /opt/tablebook: postinst makes its own.
  local deb_image=$build/deb-image/$name
  rm -rf "$build/deb-image"
  mkdir -p "$build/deb-image"
  cp -a "$image" "$deb_image"
  rm -f "$deb_image/lib/app/tablebook.jsa"
  "${jdk_bin}jpackage" --type deb --app-image "$deb_image" --name "$name" --app-version "$version" \
    --vendor "Tablebook" \
    --description "The negotiating team's bargaining book: demands, passes, sidebars, report-backs and tentative agreements in one local file." \
    --install-dir /opt --linux-package-name tablebook --linux-deb-maintainer "tablebook@localhost" \
    --linux-menu-group "Office" --linux-app-category misc --linux-shortcut \
    --icon icons/png/tablebook-512.png \
    --file-associations packaging/linux/tablebook.properties \
    --resource-dir packaging/linux/resources \
    --dest "$dist"
  ls -l "$dist"/*.deb | awk '{printf "Package: %s (%.1f MB)\n", $NF, $5 / 1048576}'
}

build_image
if [[ $type == deb ]]; then
  build_deb
fi
