# Cross-compiling the Windows x64 plugin with Debian's MinGW-w64 (package gcc-mingw-w64-x86-64):
#   cmake -S native -B native/build-windows -DCMAKE_TOOLCHAIN_FILE=native/cmake/mingw-w64-x86_64.cmake
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(E2C_MINGW_PREFIX x86_64-w64-mingw32)
# Debian ships a -posix and a -win32 flavour; either works, the plain name points at one of them.
find_program(CMAKE_C_COMPILER NAMES ${E2C_MINGW_PREFIX}-gcc ${E2C_MINGW_PREFIX}-gcc-posix ${E2C_MINGW_PREFIX}-gcc-win32 REQUIRED)
find_program(CMAKE_RC_COMPILER NAMES ${E2C_MINGW_PREFIX}-windres)
find_program(CMAKE_AR NAMES ${E2C_MINGW_PREFIX}-ar ${E2C_MINGW_PREFIX}-gcc-ar)
find_program(CMAKE_RANLIB NAMES ${E2C_MINGW_PREFIX}-ranlib ${E2C_MINGW_PREFIX}-gcc-ranlib)

set(CMAKE_FIND_ROOT_PATH /usr/${E2C_MINGW_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
