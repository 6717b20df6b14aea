from tingsted import run

run()
