#!/usr/bin/env python3
"""fresh4: single sentences and short snippets with personal data, secrets and look-alikes.

Writes fresh4.jsonl.gz next to this file (seed 31337, byte-identical on every run).
    python3 gen_fresh4.py [--stats]
Standard library only; every sentence frame below was written by hand for this set.
"""
import gzip
import hashlib
import io
import json
import os
import random
import re
import string
import sys
import unicodedata
import base64
import collections

SEED = 31337
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

PII = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
       "DATE_OF_BIRTH", "STREET_ADDRESS", "UK_NHS"}
SECRET = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY",
          "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"}

# ---------------------------------------------------------------------------------------------------------
# Names: hand-written pools, given names then surnames, per group.
# ---------------------------------------------------------------------------------------------------------
def _s(x):
    return [w.strip() for w in x.split(",") if w.strip()]

NAMES = {
    "english": (_s("Oliver, Charlotte, Harry, Amelia, George, Isla, Jack, Poppy, Thomas, Evie, Samuel, Florence, "
                   "Benjamin, Matilda, Joshua, Phoebe, Alfie, Imogen, Daniel, Harriet, Toby, Lucy, Freddie, Eleanor, "
                   "Edward, Abigail, Rory, Bethany, Archie, Jessica"),
                _s("Harrison, Whitfield, Pemberton, Ashworth, Clarke, Holloway, Fairbrother, Milburn, Thornton, "
                   "Hargreaves, Cartwright, Bellamy, Lockwood, Atherton, Ellison, Radcliffe, Sutcliffe, Pickering, "
                   "Dunmore, Hollis, Sharpe, Barraclough, Goodwin, Marsden, Penrose")),
    "irish": (_s("Siobhán, Cian, Aoife, Oisín, Niamh, Darragh, Caoimhe, Tadhg, Saoirse, Ronan, Clodagh, Eoin, "
                 "Orla, Fionn, Gráinne, Cathal, Róisín, Padraig, Sinéad, Colm, Aisling, Diarmuid, Muireann, Senan, "
                 "Éabha, Ciarán, Nuala, Donal, Maeve, Lorcan"),
              _s("O'Sullivan, Ní Bhriain, Mac Carthaigh, Fitzgerald, O'Donoghue, Kavanagh, McLoughlin, Ó Súilleabháin, "
                 "Brennan, Doherty, Gallagher, Ní Chonaill, Moriarty, Quinlan, Hegarty, Byrne, Flanagan, Mulcahy, "
                 "O'Keeffe, Dunne, Keogh, Nolan, Tierney, Cullinane, Breathnach")),
    "scottish": (_s("Callum, Eilidh, Hamish, Morag, Euan, Kirsty, Fraser, Isla, Angus, Catriona, Lachlan, Fiona, "
                    "Murdo, Ailsa, Struan, Mhairi, Alasdair, Rhona, Ewan, Iona, Douglas, Shona, Finlay, Kenna, Gregor, "
                    "Elspeth, Ruaridh, Morven, Innes, Seonaid"),
                 _s("MacLeod, Urquhart, Menzies, Drummond, MacKinnon, Sinclair, Buchanan, Farquharson, Mackenzie, "
                    "Cunningham, Dalgleish, Ross, Munro, Grierson, MacAulay, Lamont, Galbraith, Rennie, Crichton, "
                    "MacDougall, Baird, Haddow, Sutherland, Lindsay, McTavish")),
    "indian": (_s("Aarav, Priya, Vihaan, Ananya, Arjun, Kavya, Rohan, Ishita, Siddharth, Meera, Aditya, Pooja, "
                  "Karthik, Lakshmi, Rahul, Divya, Nikhil, Sneha, Varun, Shreya, Harish, Deepika, Pranav, Nandini, "
                  "Suresh, Aishwarya, Venkatesh, Gayatri, Manoj, Revathi"),
               _s("Sharma, Iyer, Reddy, Nair, Chatterjee, Deshpande, Venkataraman, Kulkarni, Banerjee, Menon, "
                  "Subramanian, Gupta, Pillai, Joshi, Mukherjee, Rao, Krishnamurthy, Patil, Bhattacharya, Agarwal, "
                  "Naidu, Srinivasan, Kapoor, Chaudhary, Hegde")),
    "pakistani": (_s("Ayesha, Bilal, Hira, Usman, Sana, Hamza, Mahnoor, Faisal, Zainab, Imran, Maryam, Danish, "
                     "Amna, Asad, Sadia, Haris, Iqra, Kamran, Rabia, Shahzad, Fatima, Junaid, Nimra, Waqas, Anam, Talha, "
                     "Saima, Adeel, Mehwish, Omer"),
                  _s("Qureshi, Chaudhry, Malik, Butt, Siddiqui, Khan, Hashmi, Abbasi, Mirza, Rana, Sheikh, Bhatti, "
                     "Awan, Raza, Gillani, Niazi, Cheema, Shah, Javed, Iqbal, Kazmi, Warraich, Tariq, Baig, Durrani")),
    "bangladeshi": (_s("Rahim, Nusrat, Tanvir, Farzana, Arif, Sabrina, Mahmud, Tahmina, Rafiq, Jannat, Sakib, Mim, "
                       "Anisur, Shirin, Habib, Lamia, Shafiq, Ruma, Jahid, Sumaiya, Kamrul, Tania, Masud, Afroza, "
                       "Rezaul, Shapla, Nazmul, Rupa, Saiful, Moushumi"),
                    _s("Hossain, Rahman, Chowdhury, Akter, Islam, Uddin, Begum, Haque, Miah, Sarker, Talukder, "
                       "Bhuiyan, Mondal, Ahmed, Kabir, Sikder, Majumder, Khatun, Alam, Howlader, Karim, Mollah, Shikder, "
                       "Pramanik, Biswas")),
    "chinese": (_s("Wei, Mei, Jun, Xiaoling, Hao, Yan, Zhiwei, Lihua, Jing, Bo, Xinyi, Tao, Yuting, Chen, Ling, "
                   "Qiang, Fang, Yong, Shu, Haoran, Jiayi, Ming, Ruoxi, Lei, Yue, Zihan, Huan, Kai, Minghui, Xiu"),
                _s("Wang, Li, Zhang, Liu, Chen, Yang, Zhao, Huang, Zhou, Wu, Xu, Sun, Hu, Zhu, Gao, Lin, He, Guo, Ma, "
                   "Luo, Liang, Song, Zheng, Xie, Tang")),
    "vietnamese": (_s("Anh, Linh, Minh, Trang, Duc, Thao, Huy, Lan, Quang, Mai, Tuan, Ngoc, Khoa, Phuong, Bao, Hanh, "
                      "Dung, Thuy, Long, Hoa, Nam, Yen, Phuc, Vy, Hieu, Trinh, Tien, Nhung, Khanh, Diep"),
                   _s("Nguyen, Tran, Le, Pham, Hoang, Phan, Vu, Dang, Bui, Do, Ho, Ngo, Duong, Ly, Truong, Dinh, Lam, "
                      "Mai, Trinh, Luong, Ta, Quach, Vo, Cao, Thai")),
    "korean": (_s("Min-jun, Seo-yeon, Ji-ho, Ha-eun, Do-yoon, Ji-woo, Seo-jun, Su-bin, Hyun-woo, Yu-na, Jae-won, "
                  "Eun-ji, Sung-min, Da-eun, Tae-yang, Hye-jin, Jong-su, Mi-rae, Kyung-ho, So-yeon, Dong-hyun, Ye-jin, "
                  "Joon-young, Na-rae, Sang-woo, Bo-ra, In-ho, Chae-won, Woo-jin, Min-ji"),
               _s("Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang, Ahn, Song, "
                  "Jeon, Hong, Moon, Bae, Baek, Yoo, Nam")),
    "japanese": (_s("Haruto, Yui, Sota, Aoi, Ren, Hina, Yuto, Sakura, Riku, Mei, Kaito, Yuna, Daiki, Akari, Takumi, "
                    "Misaki, Kenta, Nanami, Shota, Haruka, Yusuke, Ayaka, Kazuki, Miyu, Ryota, Emi, Tatsuya, Chihiro, "
                    "Naoki, Kaede"),
                 _s("Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, "
                    "Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Yamazaki, Mori, Ikeda, "
                    "Hashimoto, Ishikawa, Ogawa")),
    "filipino": (_s("Jose Miguel, Maricel, Rodel, Rowena, Jericho, Kristine, Arnel, Lovely, Jayson, Mylene, Dindo, "
                    "Precious, Ramil, Joy, Reynaldo, Analyn, Bong, Cherry, Marlon, Jocelyn, Ronaldo, Jenalyn, Efren, "
                    "Rhea, Alvin, Liezl, Dante, Marites, Noel, Girlie"),
                 _s("Dela Cruz, Santos, Reyes, Bautista, Mendoza, Villanueva, Macaraeg, Dimaculangan, Pangilinan, "
                    "Castillo, Manalo, Soriano, Aquino, Tolentino, Gatchalian, Lacson, Marquez, Dizon, Ocampo, "
                    "Salonga, Evangelista, Magbanua, Sison, Buenaventura, Delos Reyes")),
    "nigerian": (_s("Chukwuemeka, Ngozi, Oluwaseun, Adaeze, Babatunde, Funmilayo, Ifeanyi, Chiamaka, Tunde, Yetunde, "
                    "Emeka, Nkechi, Segun, Bukola, Obinna, Temitope, Kelechi, Folake, Ayodele, Uchenna, Damilola, "
                    "Chinedu, Abimbola, Ikechukwu, Blessing, Nnamdi, Titilayo, Gbenga, Amaka, Kunle"),
                 _s("Okonkwo, Adeyemi, Nwosu, Olawale, Eze, Balogun, Okafor, Adebayo, Obi, Ogunleye, Chukwu, Afolabi, "
                    "Nwachukwu, Oyelaran, Ibrahim, Akinola, Onyeka, Bello, Uzoma, Fashola, Odukoya, Ekwueme, Oladipo, "
                    "Anozie, Ajayi")),
    "ghanaian": (_s("Kwame, Akosua, Kofi, Abena, Kwabena, Adwoa, Yaw, Efua, Kwaku, Ama, Kojo, Esi, Kwesi, Afua, "
                    "Fiifi, Akua, Nana, Yaa, Ekow, Adjoa, Kobina, Araba, Selorm, Dzifa, Edem, Enyonam, Mawuli, Naa, "
                    "Nii, Korkor"),
                 _s("Mensah, Owusu, Asante, Boateng, Osei, Agyeman, Appiah, Darko, Amoah, Frimpong, Acheampong, "
                    "Ofori, Sarpong, Quaye, Tetteh, Addo, Antwi, Gyamfi, Ankrah, Kufuor, Adjei, Bonsu, Nkansah, Amponsah, "
                    "Oduro")),
    "kenyan": (_s("Wanjiru, Otieno, Akinyi, Kamau, Njeri, Ochieng, Wambui, Kiprono, Chebet, Mutua, Atieno, Kipchoge, "
                  "Nyambura, Odhiambo, Jepkosgei, Mwangi, Awino, Kibet, Wairimu, Onyango, Muthoni, Kiplagat, Achieng, "
                  "Njoroge, Wanjala, Nekesa, Barasa, Makena, Ruto, Moraa"),
               _s("Kariuki, Omondi, Wafula, Kimani, Cheruiyot, Mutiso, Njenga, Owino, Koech, Gitau, Nyaga, Ouma, "
                  "Langat, Maina, Kiprotich, Okoth, Wekesa, Muriuki, Kirui, Ndungu, Macharia, Obuya, Rotich, Kilonzo, "
                  "Gachanja")),
    "ethiopian": (_s("Abebe, Tigist, Dawit, Meron, Yohannes, Selam, Bereket, Hiwot, Tesfaye, Rahel, Mulugeta, "
                     "Bethlehem, Getachew, Mahlet, Solomon, Tsion, Henok, Liya, Kidus, Saron, Biniam, Hanna, Yared, "
                     "Eden, Fikru, Meseret, Amanuel, Birtukan, Natnael, Helen"),
                  _s("Tadesse, Bekele, Haile, Gebremedhin, Alemu, Wolde, Tesfaye, Kebede, Girma, Assefa, Desta, "
                     "Mengistu, Abate, Tekle, Negash, Berhane, Yilma, Worku, Demissie, Ayele, Gebre, Lemma, Mekonnen, "
                     "Tilahun, Shiferaw")),
    "arabic": (_s("Omar, Layla, Yousef, Noor, Khalid, Fatima, Tariq, Huda, Karim, Rania, Ahmad, Salma, Hassan, Dina, "
                  "Ziad, Amira, Samir, Leen, Majid, Hala, Nabil, Reem, Walid, Yasmin, Faris, Lubna, Rami, Mariam, "
                  "Adnan, Jumana"),
               _s("Al-Farsi, Haddad, Khoury, Al-Mansour, Nasser, El-Sayed, Saleh, Al-Hashimi, Mansour, Aziz, Bakr, "
                  "Darwish, Al-Qasimi, Hamdan, Jaber, Karam, Abdelrahman, Shaheen, Al-Zahrani, Barakat, Issa, Najjar, "
                  "Suleiman, Ghanem, Tamimi")),
    "persian": (_s("Dariush, Shirin, Kourosh, Parisa, Arash, Niloufar, Babak, Laleh, Farhad, Maryam, Behnam, Roya, "
                   "Mehdi, Setareh, Kaveh, Azadeh, Siavash, Golnaz, Reza, Yasaman, Payam, Shadi, Omid, Mahsa, Ramin, "
                   "Taraneh, Navid, Bahar, Pouya, Ladan"),
                _s("Tehrani, Hosseini, Moradi, Rahimi, Karimi, Jafari, Ahmadi, Mohammadi, Rostami, Sadeghi, Farahani, "
                   "Esfahani, Shirazi, Najafi, Ghorbani, Bahrami, Kazemi, Abbasian, Rezaei, Azizi, Nikpour, Amini, "
                   "Daneshvar, Zand, Mirzaei")),
    "turkish": (_s("Emre, Elif, Mehmet, Zeynep, Burak, Ayşe, Can, Ebru, Mert, Selin, Oğuz, Derya, Kerem, Gül, "
                   "Serkan, Büşra, Hakan, Merve, Tolga, Özlem, Umut, Aslı, Cem, Esra, Barış, Şule, Volkan, İrem, Onur, "
                   "Pınar"),
                _s("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın, Arslan, Doğan, Kılıç, Aslan, Çetin, "
                   "Koç, Kurt, Özdemir, Erdoğan, Güneş, Aksoy, Polat, Korkmaz, Bulut, Tekin, Karaca, Ünal")),
    "russian": (_s("Dmitri, Anastasia, Sergei, Ekaterina, Alexei, Olga, Mikhail, Natalia, Ivan, Svetlana, Nikolai, "
                   "Tatiana, Pavel, Yulia, Andrei, Irina, Vladimir, Ksenia, Maxim, Darya, Konstantin, Polina, Yuri, "
                   "Alina, Boris, Marina, Artyom, Lyudmila, Gennady, Vera"),
                _s("Ivanov, Smirnova, Kuznetsov, Popova, Sokolov, Lebedeva, Kozlov, Novikova, Morozov, Petrova, "
                   "Volkov, Solovyova, Vasiliev, Zaitseva, Pavlov, Semenova, Golubev, Vinogradova, Bogdanov, "
                   "Vorobyova, Fedorov, Mikhailova, Belyaev, Tarasova, Orlov")),
    "ukrainian": (_s("Oleksandr, Oksana, Taras, Iryna, Bohdan, Olena, Mykola, Solomiia, Yaroslav, Khrystyna, Andrii, "
                     "Halyna, Vasyl, Nataliia, Dmytro, Yaryna, Ostap, Lesia, Serhii, Mariia, Volodymyr, Zoriana, "
                     "Roman, Ulyana, Ihor, Viktoriia, Petro, Nadiia, Yurii, Daryna"),
                  _s("Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, Oliinyk, Lysenko, "
                     "Moroz, Savchenko, Rudenko, Marchenko, Kovalchuk, Ponomarenko, Tkachuk, Hnatyuk, Kharchenko, "
                     "Pavlenko, Levchenko, Sydorenko, Zinchenko, Karpenko, Honchar, Didenko")),
    "polish": (_s("Łukasz, Agnieszka, Piotr, Katarzyna, Tomasz, Małgorzata, Krzysztof, Joanna, Paweł, Magdalena, "
                  "Michał, Aleksandra, Grzegorz, Zofia, Wojciech, Ewa, Jakub, Dorota, Marcin, Beata, Bartosz, Justyna, "
                  "Szymon, Monika, Rafał, Weronika, Kacper, Iwona, Mateusz, Halina"),
               _s("Kowalski, Nowak, Wiśniewska, Wójcik, Kamiński, Lewandowska, Zieliński, Szymańska, Woźniak, "
                  "Dąbrowski, Kozłowska, Jankowski, Mazur, Kwiatkowska, Krawczyk, Piotrowski, Grabowska, Pawłowski, "
                  "Michalska, Nowakowski, Adamczyk, Dudek, Zając, Wieczorek, Jabłońska")),
    "greek": (_s("Giorgos, Eleni, Dimitris, Maria, Nikos, Katerina, Kostas, Sofia, Yannis, Despina, Panagiotis, "
                 "Vasiliki, Christos, Anastasia, Stavros, Ioanna, Thanasis, Georgia, Spyros, Angeliki, Manolis, "
                 "Chrysa, Vangelis, Eirini, Theodoros, Paraskevi, Lefteris, Dimitra, Apostolos, Kalliope"),
              _s("Papadopoulos, Georgiou, Nikolaidis, Konstantinou, Papadaki, Oikonomou, Karagiannis, Vlachos, "
                 "Angelopoulou, Dimitriou, Christodoulou, Makris, Pappas, Stavropoulos, Theodorou, Antoniou, "
                 "Alexiou, Kyriakou, Mavridis, Tsakalidis, Zervas, Lambrou, Panagiotopoulou, Galanis, Kostopoulos")),
    "italian": (_s("Giulia, Lorenzo, Chiara, Matteo, Francesca, Alessandro, Martina, Davide, Federica, Riccardo, "
                   "Elisa, Stefano, Valentina, Giacomo, Silvia, Tommaso, Alessia, Andrea, Beatrice, Marco, Ilaria, "
                   "Nicolò, Serena, Pietro, Camilla, Gabriele, Roberta, Emanuele, Ludovica, Salvatore"),
                _s("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, "
                   "Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, "
                   "Caruso, D'Angelo")),
    "spanish": (_s("Lucía, Javier, Carmen, Alejandro, Marta, Pablo, Elena, Sergio, Paula, Álvaro, Irene, Diego, Nuria, "
                   "Adrián, Rocío, Iñigo, Ainhoa, Jordi, Montserrat, Raúl, Begoña, Gonzalo, Pilar, Íker, Inmaculada, "
                   "Rubén, Maite, Borja, Amparo, Xavier"),
                _s("García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, "
                   "Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Navarro, Torres, Domínguez, Etxeberria, "
                   "Puig, Castro, Ortega")),
    "portuguese": (_s("João, Inês, Tiago, Beatriz, Rui, Leonor, Duarte, Matilde, Nuno, Carolina, Gonçalo, Mafalda, "
                      "Afonso, Francisca, Henrique, Margarida, Vasco, Sofia, Diogo, Rita, Bernardo, Teresa, Miguel, "
                      "Catarina, Filipe, Joana, Rodrigo, Marta, Simão, Madalena"),
                   _s("Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes, "
                      "Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, "
                      "Correia, Mendes, Nunes")),
    "brazilian": (_s("Thiago, Larissa, Gustavo, Camila, Rafael, Juliana, Leonardo, Fernanda, Bruno, Gabriela, Lucas, "
                     "Aline, Felipe, Bianca, Vinícius, Letícia, Caio, Mariana, Renato, Tatiane, Diego, Patrícia, "
                     "Murilo, Jéssica, Wellington, Thaís, Igor, Daniela, Everton, Priscila"),
                  _s("da Silva, dos Santos, Oliveira, Souza, Lima, Carvalho, Araújo, Barbosa, Rocha, Cavalcanti, "
                     "Nascimento, Moura, Ribeiro, Batista, Teixeira, Monteiro, Cardoso, Freitas, Azevedo, Pinheiro, "
                     "Vieira, Campos, Siqueira, de Souza Lima, Bezerra")),
    "mexican": (_s("Alejandra, Juan Carlos, Guadalupe, Luis Fernando, Ximena, José Luis, Itzel, Emiliano, Fernanda, "
                   "Santiago, Mariana, Héctor, Daniela, Jesús, Valeria, Arturo, Montserrat, Rogelio, Yolanda, "
                   "Cuauhtémoc, Marisol, Ricardo, Citlali, Eduardo, Araceli, Gerardo, Abril, Octavio, Dulce, Ramón"),
                _s("Hernández, Ramírez, Flores, de la Cruz, Morales, Vázquez, Reyes, Gutiérrez, Mendoza, Aguilar, "
                   "Ortiz, Castillo, Juárez, Salazar, Cervantes, Villarreal, Zamora, Espinoza, Guerrero, Medina, "
                   "Cárdenas, Rosales, Ochoa, Sandoval, Trujillo")),
    "german": (_s("Lukas, Anna-Lena, Felix, Johanna, Maximilian, Katharina, Jonas, Lea, Tobias, Sophie, Florian, "
                  "Franziska, Moritz, Hannah, Sebastian, Miriam, Niklas, Theresa, Benedikt, Jana, Matthias, Lena, "
                  "Jürgen, Ute, Dieter, Sabine, Tim, Carina, Jörg, Annika"),
               _s("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, "
                  "Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, "
                  "Hartmann, Lange")),
    "dutch": (_s("Daan, Sanne, Bram, Femke, Thijs, Lotte, Joost, Anouk, Sander, Eline, Jeroen, Marieke, Ruben, "
                 "Floor, Wouter, Ilse, Niels, Fleur, Koen, Maartje, Stijn, Noor, Gijs, Roos, Pieter, Janneke, Hidde, "
                 "Esmée, Teun, Willemijn"),
              _s("de Vries, van den Berg, Jansen, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, "
                 "Vos, Peters, Hendriks, van Dijk, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Kuipers, "
                 "van der Linden, Verhoeven, Postma, Hoekstra")),
    "scandinavian": (_s("Lars, Ingrid, Erik, Astrid, Magnus, Sigrid, Henrik, Freja, Anders, Maja, Nils, Karin, Bjørn, "
                        "Linnea, Mikkel, Solveig, Johan, Elin, Oskar, Tove, Søren, Ebba, Gunnar, Signe, Torbjörn, "
                        "Liv, Rasmus, Hedda, Jens, Åsa"),
                     _s("Johansson, Andersson, Nilsson, Larsen, Hansen, Pedersen, Karlsson, Lindqvist, Berg, Halvorsen, "
                        "Sørensen, Eriksson, Bergström, Christensen, Lund, Holm, Nyström, Jakobsen, Åkesson, "
                        "Østergaard, Dahl, Sandberg, Lindgren, Rasmussen, Haugen")),
    "french": (_s("Camille, Antoine, Chloé, Mathieu, Manon, Julien, Léa, Nicolas, Margaux, Guillaume, Élodie, "
                  "Sébastien, Juliette, Thibault, Pauline, Clément, Océane, Baptiste, Amandine, Étienne, Gaëlle, "
                  "Jérôme, Solène, Maxime, Anaïs, Hugo, Bérénice, Lucas, Séverine, François"),
               _s("Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, "
                  "Lefèvre, Michel, Garnier, Faure, Rousseau, Blanc, Guérin, Muller, Lemaire, Chevalier, Le Gall, "
                  "Fontaine, Mercier")),
    "jewish": (_s("Avi, Tamar, Eli, Noa, Yossi, Shira, Moshe, Rivka, Ari, Miriam, Shlomo, Yael, Noam, Chana, Itai, "
                  "Devorah, Ezra, Leah, Gideon, Talia, Yitzhak, Esther, Ori, Rachel, Boaz, Naomi, Menachem, Hadas, "
                  "Amit, Shoshana"),
               _s("Cohen, Levi, Goldberg, Friedman, Katz, Rosenberg, Shapiro, Weiss, Mizrahi, Ben-David, Kaplan, "
                  "Abramovich, Feldman, Peretz, Hirsch, Greenbaum, Rubin, Adler, Segal, Horowitz, Mandelbaum, "
                  "Avraham, Bernstein, Lieberman, Ashkenazi")),
    "hawaiian": (_s("Kalani, Leilani, Keoni, Malia, Kai, Noelani, Makoa, Kailani, Ikaika, Nalani, Kekoa, Mahina, "
                    "Koa, Healani, Palani, Iolana, Kana, Kapua, Akoni, Haunani, Kealoha, Lokelani, Kawika, Pualani, "
                    "Keahi, Anela, Nohea, Kiele, Alika, Maile"),
                 _s("Kahananui, Akana, Kealoha, Kamakana, Nakamoto, Kahale, Kaleikini, Keawe, Mahoe, Kanahele, "
                    "Kapaona, Kekumu, Nainoa, Kalama, Makaiwi, Kauhane, Kealamakia, Pahia, Kaniho, Akiona, Kamai, "
                    "Kaopua, Naone, Haili, Kaawa")),
}
# Given names and surnames that are also English words, used where they clearly name a person.
WORD_GIVEN = _s("Hope, Will, Rose, Summer, Hunter, Grace, Faith, Joy, Dawn, Ivy, Autumn, Sky, Pearl, Amber, Rich, "
                "Art, Bill, Chase, Clay, Daisy, Destiny, Heather, Holly, Iris, Jade, Lily, Mercy, Miles, Penny, Ray")
WORD_SUR = _s("Young, Long, White, King, Price, Brown, Green, Black, Baker, Fox, Hill, Wood, Stone, Rice, Bird, "
              "Moon, Park, Bell, Cook, Hunt, Little, Mason, Rich, Wise, Sharp")
GROUPS = list(NAMES)
LOC_GROUPS = {  # which groups a locale mostly draws from (otherwise any group)
    "us": ["english", "irish", "mexican", "chinese", "korean", "vietnamese", "filipino", "nigerian", "jewish",
           "hawaiian", "indian", "arabic", "italian"],
    "uk": ["english", "scottish", "irish", "indian", "pakistani", "bangladeshi", "nigerian", "ghanaian", "polish",
           "chinese", "greek", "turkish"],
    "ca": ["english", "french", "chinese", "indian", "ukrainian", "filipino", "persian", "arabic", "scottish"],
    "au": ["english", "greek", "italian", "vietnamese", "chinese", "indian", "irish", "korean"],
    "ie": ["irish", "english", "polish", "nigerian", "indian", "brazilian"],
    "in": ["indian"],
    "de": ["german", "turkish", "polish", "russian", "ukrainian", "greek", "italian", "arabic"],
    "fr": ["french", "arabic", "portuguese", "vietnamese", "italian", "spanish"],
    "es": ["spanish", "mexican", "arabic", "brazilian"],
    "it": ["italian", "arabic", "ukrainian"],
    "nl": ["dutch", "turkish", "arabic", "german", "indian"],
    "pt": ["portuguese", "brazilian"],
    "br": ["brazilian", "japanese", "italian", "portuguese"],
}
EAST_ASIAN = {"chinese", "korean", "vietnamese", "japanese"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace(
        "ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")


class Person:
    def __init__(self, loc, word=None):
        if R.random() < 0.75 and loc in LOC_GROUPS:
            g = R.choice(LOC_GROUPS[loc])
        else:
            g = R.choice(GROUPS)
        self.group = g
        self.given = R.choice(NAMES[g][0])
        self.sur = R.choice(NAMES[g][1])
        if g == "english" and word is None and R.random() < 0.2:
            self.given = R.choice(WORD_GIVEN)
        if word == "given":
            self.given = R.choice(WORD_GIVEN)
        elif word == "sur":
            self.sur = R.choice(WORD_SUR)
        if g in EAST_ASIAN and R.random() < 0.25:
            self.full = self.sur + " " + self.given
        else:
            self.full = self.given + " " + self.sur
        self._email = None

    def email(self, loc):
        if self._email:
            return self._email
        gi = re.sub(r"[^a-z]", "", fold(self.given).lower())
        su = re.sub(r"[^a-z]", "", fold(self.sur).lower())
        free = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
                "uk": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com"],
                "ca": ["gmail.com", "rogers.com", "shaw.ca", "hotmail.ca"], "au": ["gmail.com", "bigpond.com", "optusnet.com.au"],
                "ie": ["gmail.com", "eircom.net", "hotmail.com"], "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
                "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
                "es": ["gmail.com", "hotmail.es", "telefonica.net"], "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
                "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl"], "pt": ["sapo.pt", "gmail.com", "clix.pt"],
                "br": ["uol.com.br", "gmail.com", "bol.com.br", "terra.com.br"]}[loc]
        work = ["kestrelpay.io", "northwind-logistics.com", "brightfield.co.uk", "halvorsen-consult.no", "meridian-health.org",
                "tallyworks.com", "bluecedar.ca", "oakridge-legal.com", "ferrovia-lab.it", "quintadata.pt"]
        r = R.random()
        if r < 0.3:
            e = "%s.%s@%s" % (gi, su, R.choice(free))
        elif r < 0.45:
            e = "%s%s%d@%s" % (gi, su[:1], R.randint(1, 99), R.choice(free))
        elif r < 0.6:
            e = "%s_%s%d@%s" % (gi, su, R.randint(70, 2005), R.choice(free))
        elif r < 0.75:
            e = "%s.%s@%s" % (gi[:1], su, R.choice(work))
        elif r < 0.87:
            e = "%s@%s" % (gi, R.choice(work))
        else:
            e = "%s%s@%s" % (su, gi[:2], R.choice(free))
        if R.random() < 0.08:
            e = e[0].upper() + e[1:]
        self._email = e
        return e


# ---------------------------------------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------------------------------------
def dg(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def dnz(n):
    return str(R.randint(1, 9)) + dg(n - 1)


def phone(loc):
    c = R.random()
    if loc in ("us", "ca"):
        ac = R.choice(["212", "415", "312", "617", "713", "206", "305", "512", "404", "702", "818", "919"] if loc == "us"
                      else ["416", "604", "514", "403", "613", "780", "902", "647"])
        ex = str(R.randint(201, 989))
        while ex == "555":
            ex = str(R.randint(201, 989))
        ln = dg(4)
        f = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "1-%s-%s-%s", "+1 (%s) %s-%s", "%s %s %s"])
        p = f % (ac, ex, ln)
        if c < 0.12:
            p += R.choice([" ext. %d", " x%d", " ext %d", ", ext. %d"] + ([" poste %d"] if loc == "ca" else [])) % R.randint(2, 450)
        return p
    if loc == "uk":
        return R.choice([lambda: "07%s %s" % (dg(3), dg(6)), lambda: "+44 7%s %s %s" % (dg(3), dg(3), dg(3)),
                         lambda: "020 %s %s" % (R.choice("378") + dg(3), dg(4)), lambda: "0161 %s %s" % (dnz(3), dg(4)),
                         lambda: "+44 (0)131 %s %s" % (dnz(3), dg(4)), lambda: "0113 %s %s" % (dnz(3), dg(4)),
                         lambda: "07%s%s" % (dg(3), dg(6)), lambda: "01632 %s" % dg(6) if False else "029 20%s %s" % (dg(2), dg(4)),
                         lambda: "020 3%s %s ext %d" % (dg(3), dg(4), R.randint(10, 99))])()
    if loc == "au":
        return R.choice([lambda: "04%s %s %s" % (dg(2), dg(3), dg(3)), lambda: "(02) 9%s %s" % (dg(3), dg(4)),
                         lambda: "+61 4%s %s %s" % (dg(2), dg(3), dg(3)), lambda: "(03) 9%s %s" % (dg(3), dg(4)),
                         lambda: "+61 (0)7 3%s %s" % (dg(3), dg(4)), lambda: "04%s%s" % (dg(2), dg(6))])()
    if loc == "ie":
        return R.choice([lambda: "08%s %s %s" % (R.choice("35679"), dg(3), dg(4)), lambda: "(01) %s %s" % (dnz(3), dg(4)),
                         lambda: "+353 8%s %s %s" % (R.choice("35679"), dg(3), dg(4)), lambda: "021 %s %s" % (dnz(3), dg(4)),
                         lambda: "+353 (0)91 %s %s" % (dnz(3), dg(3))])()
    if loc == "in":
        return R.choice([lambda: "+91 9%s %s" % (dg(4), dg(5)), lambda: "9%s%s" % (R.choice("6789"), dg(8)),
                         lambda: "080-2%s %s" % (dg(3), dg(4)), lambda: "+91-8%s%s" % (dg(4), dg(5)),
                         lambda: "022 2%s %s" % (dg(3), dg(4)), lambda: "07%s %s" % (dg(3), dg(5))])()
    if loc == "de":
        return R.choice([lambda: "0151 %s" % dg(8), lambda: "+49 30 %s" % dg(8), lambda: "030/%s" % dg(7),
                         lambda: "089 %s-%s" % (dg(6), R.randint(0, 99)), lambda: "+49 (0)170 %s" % dg(7),
                         lambda: "0176 %s %s" % (dg(3), dg(5)), lambda: "040 - %s %s" % (dg(3), dg(3)),
                         lambda: "+49 221 %s %s" % (dg(3), dg(4))])()
    if loc == "fr":
        return R.choice([lambda: "06 %s %s %s %s" % (dg(2), dg(2), dg(2), dg(2)), lambda: "01.%s.%s.%s.%s" % (dg(2), dg(2), dg(2), dg(2)),
                         lambda: "+33 6 %s %s %s %s" % (dg(2), dg(2), dg(2), dg(2)), lambda: "07%s" % dg(8),
                         lambda: "+33 (0)4 %s %s %s %s" % (dg(2), dg(2), dg(2), dg(2)), lambda: "04-%s-%s-%s-%s" % (dg(2), dg(2), dg(2), dg(2))])()
    if loc == "es":
        return R.choice([lambda: "6%s %s %s %s" % (dg(2), dg(2), dg(2), dg(2)), lambda: "+34 91%s %s %s" % (dg(1), dg(3), dg(3)),
                         lambda: "93 %s %s %s" % (dg(3), dg(2), dg(2)), lambda: "+34 6%s%s" % (dg(2), dg(6)),
                         lambda: "6%s %s %s" % (dg(2), dg(3), dg(3))])()
    if loc == "it":
        return R.choice([lambda: "3%s %s %s" % (dg(2), dg(3), dg(4)), lambda: "02 %s %s" % (dg(4), dg(4)),
                         lambda: "+39 34%s %s" % (dg(1), dg(7)), lambda: "055/%s" % dg(6), lambda: "06 %s%s" % (dg(4), dg(4)),
                         lambda: "+39 333 %s %s" % (dg(3), dg(4))])()
    if loc == "nl":
        return R.choice([lambda: "06-%s" % dg(8), lambda: "+31 6 %s" % dg(8), lambda: "020-%s" % dg(7),
                         lambda: "06 %s %s" % (dg(4), dg(4)), lambda: "+31 (0)10 %s %s" % (dg(3), dg(4)), lambda: "030 %s %s" % (dg(3), dg(4))])()
    if loc == "pt":
        return R.choice([lambda: "9%s %s %s" % (R.choice("1236"), dg(2) + " " + dg(3) if False else dg(2), dg(3)) if False else "9%s%s %s %s" % (R.choice("1236"), dg(1), dg(3), dg(3)),
                         lambda: "+351 21 %s %s" % (dg(3), dg(4)), lambda: "+351 9%s %s %s" % (dg(2), dg(3), dg(3)),
                         lambda: "22 %s %s" % (dg(3), dg(4))])()
    if loc == "br":
        return R.choice([lambda: "(11) 9%s-%s" % (dg(4), dg(4)), lambda: "+55 21 9%s-%s" % (dg(4), dg(4)),
                         lambda: "(31) 3%s-%s" % (dg(3), dg(4)), lambda: "+55 (11) 9%s %s" % (dg(4), dg(4)),
                         lambda: "(51) 9%s%s" % (dg(4), dg(4)), lambda: "11 9%s-%s" % (dg(4), dg(4))])()
    raise ValueError(loc)


US_STREETS = ["Maple Ridge Dr", "W 74th St", "Birchwood Ave", "Cedar Hollow Ln", "N Halsted St", "Magnolia Blvd",
              "Sycamore Ct", "Old Mill Rd", "Lakeshore Dr", "Pine Terrace", "E Colfax Ave", "Willow Bend Way"]
US_CITIES = [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Brooklyn", "NY", "112"),
             ("Chicago", "IL", "606"), ("Denver", "CO", "802"), ("Raleigh", "NC", "276"), ("Tucson", "AZ", "857"),
             ("Madison", "WI", "537"), ("Honolulu", "HI", "968"), ("Savannah", "GA", "314"), ("Boise", "ID", "837")]
UK_STREETS = ["Belmont Road", "Station Lane", "Mill Street", "Albany Terrace", "Kings Avenue", "Orchard Close",
              "Hawthorn Crescent", "Queen's Drive", "Ferry Road", "Church Walk", "Victoria Grove", "Meadow Way"]
UK_TOWNS = [("Bristol", "BS6"), ("Leeds", "LS6"), ("Manchester", "M20"), ("London", "SE15"), ("Glasgow", "G12"),
            ("Edinburgh", "EH9"), ("Cardiff", "CF24"), ("Norwich", "NR2"), ("Sheffield", "S11"), ("Bath", "BA2"),
            ("Belfast", "BT9"), ("York", "YO10")]


def ukpc(out):
    return "%s %d%s%s" % (out, R.randint(1, 9), R.choice("ABDEFGHJLNPQRSTUWXYZ"), R.choice("ABDEFGHJLNPQRSTUWXYZ"))


def address(loc, multi=False):
    """returns list of lines"""
    n = R.randint(2, 240)
    if loc == "us":
        city, st, z = R.choice(US_CITIES)
        l1 = "%d %s" % (R.randint(12, 9870), R.choice(US_STREETS))
        unit = R.choice(["", "", ", Apt 3B", ", Apt. 12", ", Suite 410", ", Unit 7", " #204"])
        return [l1 + unit, "%s, %s %s%s" % (city, st, z, dg(2))]
    if loc == "ca":
        city, pv, pc = R.choice([("Toronto", "ON", "M5H"), ("Vancouver", "BC", "V6K"), ("Montréal", "QC", "H2T"),
                                 ("Calgary", "AB", "T2N"), ("Ottawa", "ON", "K1S"), ("Halifax", "NS", "B3H")])
        st = R.choice(["Queen St W", "Dundas St E", "rue Saint-Denis", "Kensington Rd NW", "Bank St", "Robie St", "W 4th Ave"])
        l1 = R.choice(["%d-%d %s" % (R.randint(101, 2409), n, st), "%d %s" % (n, st), "%d %s, Unit %d" % (n, st, R.randint(2, 40))])
        return [l1, "%s, %s %s %d%s%d" % (city, pv, pc, R.randint(1, 9), R.choice("ABCEGHJKLMNPRSTVXY"), R.randint(0, 9))]
    if loc == "uk":
        town, out = R.choice(UK_TOWNS)
        l1 = R.choice(["%d %s" % (n, R.choice(UK_STREETS)), "Flat %d, %d %s" % (R.randint(1, 9), n, R.choice(UK_STREETS)),
                       "%d%s %s" % (n, R.choice("AB"), R.choice(UK_STREETS)),
                       "%s, %d %s" % (R.choice(["Rose Cottage", "The Old Forge", "2 Ivy Court"]), n, R.choice(UK_STREETS))])
        return [l1, town, ukpc(out)] if multi else [l1, "%s %s" % (town, ukpc(out))]
    if loc == "au":
        sub, stt, pc = R.choice([("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Paddington", "QLD", "4064"),
                                 ("Subiaco", "WA", "6008"), ("Norwood", "SA", "5067"), ("Sandy Bay", "TAS", "7005")])
        st = R.choice(["Wattle St", "Brunswick St", "King Street", "Jacaranda Ave", "Hay St", "Parade Rd"])
        l1 = R.choice(["Unit %d/%d %s" % (R.randint(1, 12), n, st), "%d %s" % (n, st), "%d/%d %s" % (R.randint(1, 30), n, st)])
        return [l1, "%s %s %s" % (sub, stt, pc)]
    if loc == "ie":
        l1 = "%d %s" % (n % 80 + 1, R.choice(["Orchard View", "Mountjoy Square", "Seaview Park", "Church Road", "Oakfield Drive"]))
        area = R.choice([("Ballincollig", "Co. Cork", "P31"), ("Rathmines", "Dublin 6", "D06"), ("Salthill", "Galway", "H91"),
                         ("Castlebar", "Co. Mayo", "F23"), ("Ennis", "Co. Clare", "V95")])
        ec = "%s %s%d%s%d" % (area[2], R.choice("ACDEFHKNPRTVWXY"), R.randint(0, 9), R.choice("ACDEFHKNPRTVWXY"), R.randint(10, 99))
        return [l1, area[0], "%s, %s" % (area[1], ec)] if multi else [l1 + ", " + area[0], "%s, %s" % (area[1], ec)]
    if loc == "in":
        city = R.choice([("Indiranagar, Bengaluru", "560038"), ("Andheri West, Mumbai", "400053"), ("Kothrud, Pune", "411038"),
                         ("Banjara Hills, Hyderabad", "500034"), ("Salt Lake, Kolkata", "700091"), ("Adyar, Chennai", "600020")])
        l1 = R.choice(["Flat %d, %s" % (R.randint(101, 904), R.choice(["Sai Krupa Apartments", "Green Meadows", "Lotus Residency"])),
                       "H.No. %d-%d-%d" % (R.randint(1, 12), R.randint(1, 9), R.randint(10, 300)), "#%d, %dth Cross" % (n, R.randint(4, 18))])
        return [l1, "%s %s" % (city[0], city[1])] if not multi else [l1, city[0] + " - " + city[1]]
    if loc == "de":
        st = R.choice(["Lindenstraße", "Hauptstr.", "Goethestraße", "Am Mühlbach", "Schillerweg", "Bahnhofstraße", "Kastanienallee"])
        city = R.choice(["10969 Berlin", "80331 München", "50667 Köln", "20095 Hamburg", "04109 Leipzig", "70173 Stuttgart"])
        return ["%s %d%s" % (st, n % 120 + 1, R.choice(["", "", "a", "b"])), city]
    if loc == "fr":
        st = R.choice(["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Tilleuls", "rue de la République", "allée des Pins"])
        city = R.choice(["69003 Lyon", "75011 Paris", "13006 Marseille", "31000 Toulouse", "44000 Nantes", "67000 Strasbourg"])
        l1 = R.choice(["%d %s" % (n % 90 + 1, st), "%d bis %s" % (n % 40 + 1, st), "Bât. B, %d %s" % (n % 90 + 1, st)])
        return [l1, city]
    if loc == "es":
        st = R.choice(["Calle de Alcalá", "Avenida de la Constitución", "Carrer de Mallorca", "Calle Mayor", "Paseo de Gracia"])
        city = R.choice(["28009 Madrid", "08013 Barcelona", "41001 Sevilla", "46002 Valencia", "48001 Bilbao"])
        return ["%s %d, %dº %s" % (st, n % 200 + 1, R.randint(1, 8), R.choice(["A", "B", "izq.", "dcha."])), city]
    if loc == "it":
        st = R.choice(["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza", "Piazza Dante", "Via Roma"])
        city = R.choice(["20121 Milano (MI)", "00185 Roma", "10123 Torino (TO)", "50122 Firenze", "80134 Napoli (NA)", "40126 Bologna"])
        return ["%s %d%s" % (st, n % 150 + 1, R.choice(["", "", ", int. 5", "/B"])), city]
    if loc == "nl":
        st = R.choice(["Prinsengracht", "Kerkstraat", "Oudegracht", "Vondelstraat", "Laan van Meerdervoort", "Dorpsweg"])
        city = "%d %s%s %s" % (R.randint(1011, 9999), R.choice("ABCDEGHJKLMNPRSTVWXZ"), R.choice("ABCDEGHJKLMNPRSTVWXZ"),
                               R.choice(["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Groningen", "Eindhoven"]))
        return ["%s %d%s" % (st, n % 300 + 1, R.choice(["", "", "-II", " hs", "A"])), city]
    if loc == "pt":
        st = R.choice(["Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Carmo", "Travessa das Flores", "Rua Augusta"])
        city = R.choice(["4000-442 Porto", "1250-096 Lisboa", "3000-141 Coimbra", "4700-321 Braga"])
        return ["%s %d, %d.º %s" % (st, n % 300 + 1, R.randint(1, 6), R.choice(["Esq.", "Dto.", "Frente"])), city]
    if loc == "br":
        st = R.choice(["Rua das Flores", "Avenida Paulista", "Rua Oscar Freire", "Rua XV de Novembro", "Avenida Atlântica"])
        city = R.choice(["Pinheiros, São Paulo - SP, 05422-010", "Copacabana, Rio de Janeiro - RJ, 22021-001",
                         "Centro, Curitiba - PR, 80020-310", "Savassi, Belo Horizonte - MG, 30140-120"])
        return ["%s, %d%s" % (st, n % 900 + 1, R.choice(["", ", apto 82", ", casa 2", ", bloco B, ap. 41"])), city]
    raise ValueError(loc)


MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}


def ordsuf(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def date_str(loc, y, m, d):
    lang = {"de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt", "br": "pt"}.get(loc, "en")
    mn = MONTHS[lang][m - 1]
    if loc == "us":
        return R.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (mn, d, y), "%s %d %d" % (mn[:3], d, y),
                         "%d-%02d-%02d" % (y, m, d), "%02d-%02d-%d" % (m, d, y)])
    if lang == "en":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d%s %s %d" % (d, ordsuf(d), mn, y),
                         "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, mn[:3], y), "%02d.%02d.%d" % (d, m, y),
                         "%d%s of %s %d" % (d, ordsuf(d), mn, y)])
    if lang == "de":
        return R.choice(["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, mn, y), "%d.%d.%d" % (d, m, y)])
    if lang == "fr":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%s %s %d" % ("1er" if d == 1 else str(d), mn, y)])
    if lang in ("es", "pt"):
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, mn, y), "%d-%02d-%02d" % (y, m, d)])
    if lang == "it":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y)])
    if lang == "nl":
        return R.choice(["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, mn, y)])


def dob(loc):
    return date_str(loc, R.randint(1938, 2011), R.randint(1, 12), R.randint(1, 28))


def event_date(loc):
    return date_str(loc, R.randint(2019, 2027), R.randint(1, 12), R.randint(1, 28))


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    s = re.sub(r"\D", "", s)
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card():
    t = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if t == "visa":
        body = "4" + dg(14)
    elif t == "mc":
        body = "5" + str(R.randint(1, 5)) + dg(13)
    elif t == "mc2":
        body = str(R.randint(2221, 2720)) + dg(11)
    elif t == "disc":
        body = "6011" + dg(11)
    else:
        body = R.choice(["34", "37"]) + dg(12)
    num = body + luhn_digit(body)
    if num.startswith(("4111", "4242", "5555")):
        return card()
    sep = R.choice([" ", " ", "-", ""])
    if t == "amex":
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    assert luhn_ok(num)
    return sep.join(g)


IBAN_FMT = {"DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n", "NL": "4a10n",
            "IE": "4a6n8n", "PT": "4n4n11n2n", "BE": "3n7n2n", "AT": "5n11n"}
BANKS = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"], "IE": ["AIBK", "BOFI", "IPBS"]}


def iban(cc):
    bban = ""
    for part in re.findall(r"\d+[an]", IBAN_FMT[cc]):
        n, k = int(part[:-1]), part[-1]
        if k == "a":
            bban += R.choice(BANKS[cc]) if cc in BANKS and n == 4 else "".join(R.choice(string.ascii_uppercase) for _ in range(n))
        else:
            bban += dg(n)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    if R.random() < 0.55:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_cc(loc):
    return {"uk": "GB", "ie": "IE", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}.get(
        loc, R.choice(["DE", "NL", "FR", "BE", "AT", "ES", "IT", "GB"]))


def ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    s = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return R.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s"]) % (s[:3], s[3:5], s[5:])


def nhs():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        d[0] = R.randint(4, 9)
        r = 11 - sum(v * (10 - i) for i, v in enumerate(d)) % 11
        r = 0 if r == 11 else r
        if r != 10:
            s = "".join(map(str, d)) + str(r)
            return R.choice(["%s %s %s", "%s %s %s", "%s-%s-%s", "%s%s%s"]) % (s[:3], s[3:6], s[6:])


def pub_ip():
    while True:
        a = R.randint(1, 223)
        b = R.randint(0, 255)
        if a in (10, 127, 0) or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) or (a == 169 and b == 254) \
                or (a == 100 and 64 <= b <= 127) or (a == 192 and b == 0) or (a == 198 and b in (18, 19, 51)) or (a == 203 and b == 0):
            continue
        return "%d.%d.%d.%d" % (a, b, R.randint(0, 255), R.randint(1, 254))


def pub_ip6():
    return "%s:%x:%x:%x::%x" % (R.choice(["2a02:c7f", "2001:4860", "2a01:4f8", "2600:1700", "2403:5800"]),
                               R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff))


AL = string.ascii_letters + string.digits


def rs(n, alpha=AL):
    return "".join(R.choice(alpha) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(name=None):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    pl = {"sub": str(R.randint(10000, 99999)), "iat": R.randint(1700000000, 1760000000), "role": R.choice(["user", "admin", "editor"])}
    if name:
        pl["name"] = name
    p = b64u(json.dumps(pl, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, b64u(bytes(R.randint(0, 255) for _ in range(32))))


def password():
    words = ["Tr0ub4dor", "Summer", "Kestrel", "Banana", "Winter", "Monkey", "Dragon", "Lisboa", "Sunflower", "Rainbow", "Falcon", "Qwerty"]
    return R.choice([lambda: "%s%s%d" % (R.choice(words), R.choice("!#$%&*?@"), R.randint(10, 2026)),
                     lambda: rs(R.randint(12, 18), AL + "!#$%&*+-?@^_"),
                     lambda: "%s-%s-%s-%d" % (R.choice(words).lower(), R.choice(words).lower(), R.choice(words).lower(), R.randint(1, 99)),
                     lambda: "%s%d%s" % (R.choice(words), R.randint(1970, 2024), R.choice("!$#"))])()


def generic_key():
    return R.choice([lambda: "AIza" + rs(35, AL + "-_"), lambda: "SG." + rs(22, AL + "-_") + "." + rs(43, AL + "-_"),
                     lambda: "glpat-" + rs(20, AL + "-_"), lambda: "npm_" + rs(36), lambda: "hf_" + rs(34),
                     lambda: rs(32, "0123456789abcdef"), lambda: "key-" + rs(32, "0123456789abcdef"),
                     lambda: "shpat_" + rs(32, "0123456789abcdef"), lambda: "dop_v1_" + rs(64, "0123456789abcdef")])()


def secret(t):
    if t == "AWS_ACCESS_KEY":
        return R.choice(["AKIA", "AKIA", "ASIA"]) + rs(16, string.ascii_uppercase + "234567")
    if t == "AWS_SECRET_KEY":
        return rs(40, AL + "+/")
    if t == "GITHUB_TOKEN":
        return R.choice([lambda: "ghp_" + rs(36), lambda: "gho_" + rs(36), lambda: "github_pat_11" + rs(20, string.ascii_uppercase + string.digits) + "_" + rs(59)])()
    if t == "OPENAI_API_KEY":
        return R.choice([lambda: "sk-proj-" + rs(48, AL + "-_"), lambda: "sk-" + rs(48)])()
    if t == "ANTHROPIC_API_KEY":
        return "sk-ant-api03-" + rs(93, AL + "-_") + "AA"
    if t == "SLACK_TOKEN":
        return "%s-%s-%s-%s" % (R.choice(["xoxb", "xoxp"]), dg(11), dg(12), rs(24))
    if t == "STRIPE_KEY":
        return R.choice(["sk_live_", "rk_live_"]) + rs(R.choice([24, 34, 99]) if False else 24)
    if t == "JWT":
        return jwt()
    if t == "PASSWORD":
        return password()
    if t == "GENERIC_API_KEY":
        return generic_key()
    raise ValueError(t)


# ---------------------------------------------------------------------------------------------------------
# Decoy pools
# ---------------------------------------------------------------------------------------------------------
PUBLIC_FIGURES = _s("Frida Kahlo, Nelson Mandela, Marie Curie, Abraham Lincoln, Winston Churchill, Angela Merkel, "
                    "Barack Obama, Serena Williams, Lionel Messi, Taylor Swift, Albert Einstein, Ada Lovelace, "
                    "Mahatma Gandhi, Wangari Maathai, Chinua Achebe, Haruki Murakami, Gabriel García Márquez, "
                    "Simone de Beauvoir, Ludwig van Beethoven, Johann Sebastian Bach, Leonardo da Vinci, Pablo Picasso, "
                    "Vincent van Gogh, Rembrandt van Rijn, Isaac Newton, Charles Darwin, Jane Austen, Toni Morrison, "
                    "Usain Bolt, Eliud Kipchoge, Kofi Annan, Indira Gandhi, Jacinda Ardern, Emmanuel Macron, "
                    "Martin Luther King Jr., Rosa Parks, Cleopatra, Napoleon Bonaparte, Queen Victoria, Genghis Khan, "
                    "Alan Turing, Grace Hopper, Nikola Tesla, Fernando Pessoa, Pelé, Diego Maradona, Rafael Nadal, "
                    "Roger Federer, Steve Jobs, Bill Gates, Elon Musk, Oprah Winfrey, Bruce Lee, Akira Kurosawa, "
                    "Rabindranath Tagore, Ibn Battuta, Omar Khayyam, Rumi, Fyodor Dostoevsky, Leo Tolstoy, "
                    "Wisława Szymborska, Lech Wałęsa, Aristotle, Socrates, Dante Alighieri, Galileo Galilei, "
                    "Miguel de Cervantes, Antoni Gaudí, Salvador Dalí, Anne Frank, Golda Meir, Confucius, Sun Yat-sen, "
                    "Ho Chi Minh, Jose Rizal, Haile Selassie, Kwame Nkrumah, Mustafa Kemal Atatürk, Taras Shevchenko, "
                    "Yuri Gagarin, Greta Thunberg, Malala Yousafzai, Dua Lipa, Beyoncé, Shah Rukh Khan, Duke Kahanamoku")
BRANDS = _s("Ben & Jerry's, Tommy Hilfiger, Ralph Lauren, Hugo Boss, Ferrari, Porsche, Tesla, McDonald's, Wendy's, "
            "Dell, Ford, Johnson & Johnson, Louis Vuitton, Calvin Klein, Walt Disney, Mercedes-Benz, Dr. Martens, "
            "Marks & Spencer, Sainsbury's, Lidl, Aldi, Estée Lauder, Jack Daniel's, Tim Hortons, Kellogg's, Heinz, "
            "Hewlett-Packard, Philips, Siemens, Michelin, Peugeot, Lamborghini, Carolina Herrera, Adidas, Pret A Manger")
PLACES = _s("Washington, Houston, Lincoln, Victoria, Adelaide, Jackson, Pittsburgh, Bolivia, Columbia, Vancouver, "
            "Wellington, Darwin, San Francisco, São Paulo, Santiago, Alexandria, Hamilton, Kingston, Charlotte, "
            "Raleigh, Elizabeth Street, Mount Everest, Lake Victoria, Cape Cod, Brisbane, Melbourne, St. Petersburg")
TITLES = _s("Harry Potter and the Goblet of Fire, Anna Karenina, Jane Eyre, Forrest Gump, Emma, Oliver Twist, "
            "Romeo and Juliet, Don Quixote, Madame Bovary, Amélie, Frankenstein, Matilda, Hamlet, Moby-Dick, "
            "Rebecca, The Great Gatsby, Billy Elliot, Erin Brockovich, Schindler's List, Mrs Doubtfire, Oppenheimer, "
            "Le Petit Prince, Pippi Longstocking, Heidi, Cyrano de Bergerac")
PRODUCTS = _s("iPhone 15 Pro, Galaxy S24 Ultra, ThinkPad X1 Carbon, Dell XPS 15, Kindle Paperwhite, PlayStation 5, "
              "Model Y, Dyson V15, AirPods Pro 2, Pixel 8a, Surface Laptop 6, MacBook Air M3, Nintendo Switch OLED")
PLACEHOLDER_NAMES = ["John Doe", "Jane Doe", "<NAME>", "[Customer Name]", "{{first_name}}", "Max Mustermann",
                     "Erika Mustermann", "John Smith (placeholder)", "[FIRST NAME] [LAST NAME]", "%NAME%", "Joe Bloggs",
                     "Fulano de Tal", "Jan Modaal", "Mario Rossi (esempio)", "<customer_name>", "$USER_NAME"]
PLACEHOLDER_KEYS = ["<YOUR_API_KEY>", "sk-...", "********", "AKIAIOSFODNN7EXAMPLE", "${API_TOKEN}", "REPLACE_ME",
                    "your-password-here", "<redacted>", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "{{ secrets.API_KEY }}",
                    "changeme", "xxxx-xxxx-xxxx"]


def isbn13():
    b = "978" + R.choice("0123") + dg(8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    c = str((10 - s % 10) % 10)
    n = b + c
    return R.choice(["%s-%s-%s-%s-%s" % (n[:3], n[3], n[4:8], n[8:12], n[12]), n])


def decoy_value(kind, loc):
    L = {
        "public_figure": lambda: R.choice(PUBLIC_FIGURES),
        "brand": lambda: R.choice(BRANDS),
        "place": lambda: R.choice(PLACES),
        "title": lambda: R.choice(TITLES),
        "product": lambda: R.choice(PRODUCTS),
        "placeholder_name": lambda: R.choice(PLACEHOLDER_NAMES),
        "placeholder_key": lambda: R.choice(PLACEHOLDER_KEYS),
        "order_id": lambda: R.choice(["#%s" % dnz(6), "ORD-%d-%s" % (R.randint(2022, 2026), dg(5)), "A%s-%s" % (dg(3), dg(4)),
                                      "PO-%s" % dg(7), "%s-%s-%s" % (dg(3), dg(7), dg(7))]),
        "ticket_id": lambda: R.choice(["INC%s" % dg(7), "TKT-%s" % dnz(5), "#%s" % dnz(5), "JIRA-%d" % R.randint(100, 9999),
                                       "CS-%s" % dg(6), "SR %s" % dg(8)]),
        "invoice_no": lambda: R.choice(["INV-%d-%s" % (R.randint(2022, 2026), dg(4)), "F%s/%s" % (dg(4), dg(2)), "RE-%s" % dg(6)]),
        "tracking_no": lambda: R.choice(["1Z%s%s" % (rs(6, string.ascii_uppercase + string.digits), dg(10)), "JD%s" % dg(18),
                                         "%s%sGB" % (R.choice(["RR", "LX", "CP"]), dg(9))]),
        "isbn": isbn13,
        "version": lambda: R.choice(["v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 20)),
                                     "%d.%d.%d" % (R.randint(1, 20), R.randint(0, 20), R.randint(0, 99)),
                                     "%d.%d" % (R.randint(1, 12), R.randint(0, 9)), "build %d" % R.randint(1000, 99999)]),
        "event_date": lambda: event_date(loc),
        "time": lambda: R.choice(["%d:%02d" % (R.randint(7, 22), R.choice([0, 15, 30, 45])), "%d:%02d %s" % (R.randint(1, 12), R.choice([0, 15, 30, 45]), R.choice(["am", "pm", "AM", "PM"])),
                                  "%dh%02d" % (R.randint(7, 22), R.choice([0, 30]))]),
        "amount": lambda: R.choice(["$%d.%02d" % (R.randint(3, 2500), R.randint(0, 99)), "€%d,%02d" % (R.randint(3, 900), R.randint(0, 99)),
                                    "£%d" % R.randint(5, 4000), "%d,%02d €" % (R.randint(3, 900), R.randint(0, 99)),
                                    "$%d,%03d" % (R.randint(1, 99), R.randint(0, 999)), "R$ %d,%02d" % (R.randint(10, 999), R.randint(0, 99))]),
        "measure": lambda: R.choice(["%.1f kg" % (R.randint(10, 900) / 10), "%d cm" % R.randint(20, 210), "%.1f km" % (R.randint(5, 420) / 10),
                                     "%d ml" % R.choice([250, 330, 500, 750]), "%d mm" % R.randint(2, 900), "%d°C" % R.randint(-5, 40)]),
        "score": lambda: R.choice(["%d-%d" % (R.randint(0, 5), R.randint(0, 5)), "%d–%d" % (R.randint(80, 130), R.randint(80, 130)),
                                   "%d:%d" % (R.randint(0, 4), R.randint(0, 4))]),
        "code_ident": lambda: R.choice(["getUserName()", "user.first_name", "customer_email", "parsePhoneNumber", "MAX_RETRIES",
                                        "billing_address_line1", "dateOfBirth", "AddressValidator", "set_password()", "api_key_id"]),
        "git_sha": lambda: rs(R.choice([7, 12, 40]), "0123456789abcdef"),
        "uuid": lambda: "%s-%s-4%s-%s%s-%s" % (rs(8, "0123456789abcdef"), rs(4, "0123456789abcdef"), rs(3, "0123456789abcdef"),
                                               R.choice("89ab"), rs(3, "0123456789abcdef"), rs(12, "0123456789abcdef")),
        "org_email": lambda: R.choice(["support@", "info@", "press@", "billing@", "noreply@", "careers@", "hello@"]) + R.choice(
            ["kestrelpay.io", "northwind-logistics.com", "stadtwerke-beispiel.de", "musee-lumiere.fr", "bluecedar.ca", "tallyworks.com"]),
        "example_email": lambda: R.choice(["user@example.com", "jane.doe@example.com", "name@example.org", "test@test.com",
                                           "foo@bar.com", "someone@example.net"]),
        "org_phone": lambda: R.choice(["1-800-%s-%s" % (dg(3), dg(4)), "0800 %s %s" % (dg(3), dg(4)), "1300 %s %s" % (dg(3), dg(3)),
                                       "+1 (888) %s-%s" % (dg(3), dg(4)), "0344 %s %s" % (dg(3), dg(4)), "900 %s %s" % (dg(3), dg(3))]),
        "test_fixture": lambda: R.choice(["4111 1111 1111 1111", "4242 4242 4242 4242", "555-0100", "000-00-0000", "+00 000 000 000",
                                          "5555 5555 5555 4444", "123-45-6789"]),
        "private_ip": lambda: R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                                        "192.168.%d.%d" % (R.randint(0, 9), R.randint(1, 254)), "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))]),
        "doc_ip": lambda: R.choice(["192.0.2.%d" % R.randint(1, 254), "198.51.100.%d" % R.randint(1, 254), "203.0.113.%d" % R.randint(1, 254), "2001:db8::%x" % R.randint(1, 4095)]),
        "room": lambda: R.choice(["Room %d" % R.randint(101, 940), "B2.%02d" % R.randint(1, 40), "Meeting room %s" % R.choice("ABCDEF")]),
        "flight": lambda: "%s%d" % (R.choice(["BA", "LH", "AF", "EI", "KL", "TP", "IB", "UA", "QF"]), R.randint(10, 2999)),
        "postcode_only": lambda: R.choice(["SW1A", "M1", "10115", "75001", "2000", "H2X"]),
        "percent": lambda: "%d%%" % R.randint(1, 95),
        "year": lambda: str(R.randint(1950, 2024)),
    }
    return L[kind]()


# ---------------------------------------------------------------------------------------------------------
# Document builder
# ---------------------------------------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.decoys = []
        self.n = 0

    def add(self, s):
        self.parts.append(s)
        self.n += len(s)

    def span(self, t, v):
        self.spans.append((self.n, self.n + len(v), t, v))
        self.add(v)

    def decoy(self, k, v):
        self.decoys.append((self.n, self.n + len(v), k, v))
        self.add(v)

    def finish(self, did, kind, loc, lang, sens, frame):
        text = "".join(self.parts)
        bo = lambda c: len(text[:c].encode("utf-8"))
        tb = text.encode("utf-8")
        spans, decoys = [], []
        for cs, ce, t, v in self.spans:
            s, e = bo(cs), bo(ce)
            assert tb[s:e] == v.encode("utf-8") and text[cs:ce] == v, (did, v)
            assert v and v == v.strip(), (did, repr(v))
            spans.append({"start": s, "end": e, "char_start": cs, "char_end": ce, "type": t, "value": v})
        for cs, ce, k, v in self.decoys:
            s, e = bo(cs), bo(ce)
            assert tb[s:e] == v.encode("utf-8")
            decoys.append({"start": s, "end": e, "char_start": cs, "char_end": ce, "kind": k, "value": v})
        srt = sorted((x["start"], x["end"]) for x in spans)
        for a, b in zip(srt, srt[1:]):
            assert a[1] <= b[0], did
        has_pii = any(x["type"] in PII for x in spans)
        has_sec = any(x["type"] in SECRET for x in spans)
        got = "secret" if has_sec else ("personal" if has_pii else "public")
        assert got == sens, (did, got, sens, text)
        assert len(text) <= 320, (did, len(text), text)
        return {"id": did, "text": text, "spans": spans, "decoys": decoys, "kind": kind, "locale": loc, "lang": lang,
                "sensitivity": sens, "has_pii": has_pii, "has_secret": has_sec, "frame": frame}


TOK = re.compile(r"\{([^{}]+)\}")
SPAN_T = {"P": "PERSON", "FN": "PERSON", "SN": "PERSON", "WN": "PERSON", "WS": "PERSON", "WNP": "PERSON", "WSP": "PERSON",
          "E": "EMAIL_ADDRESS", "PH": "PHONE_NUMBER", "A": "STREET_ADDRESS", "AM": "STREET_ADDRESS", "DOB": "DATE_OF_BIRTH",
          "CC": "CREDIT_CARD", "IBAN": "IBAN_CODE", "SSN": "US_SSN", "NHS": "UK_NHS", "IP": "IP_ADDRESS", "IP6": "IP_ADDRESS",
          "PW": "PASSWORD", "KEY": "GENERIC_API_KEY", "AWSAK": "AWS_ACCESS_KEY", "AWSSK": "AWS_SECRET_KEY",
          "GH": "GITHUB_TOKEN", "OAI": "OPENAI_API_KEY", "ANT": "ANTHROPIC_API_KEY", "SLACK": "SLACK_TOKEN",
          "STRIPE": "STRIPE_KEY", "JWT": "JWT"}
LANG_OF = {"de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt", "br": "pt"}
EN_LOCS = ["us", "us", "us", "uk", "uk", "ca", "au", "ie", "in"]


def render(frame, did, kind, sens, fid):
    flags = []
    while frame.startswith("@"):
        fl, frame = frame[1:].split(" ", 1)
        flags.append(fl)
    loc = None
    for f in flags:
        if f in ("de", "fr", "es", "it", "nl", "pt", "br", "us", "uk", "ca", "au", "ie", "in"):
            loc = f
    if loc is None:
        loc = R.choice(EN_LOCS)
        if "SSN" in frame:
            loc = "us"
        if "NHS" in frame:
            loc = "uk"
    lang = LANG_OF.get(loc, "en")
    case = (lambda s: s.lower()) if "lc" in flags else (lambda s: s.upper()) if "uc" in flags else (lambda s: s)
    people = {}
    def person(i, word=None):
        key = (i, word)
        if key not in people:
            while True:
                pp = Person(loc, word)
                if all(pp.given != q.given and pp.sur != q.sur for q in people.values()):
                    break
            people[key] = pp
        return people[key]
    d = Doc()
    pos = 0
    for m in TOK.finditer(frame):
        d.add(case(frame[pos:m.start()]))
        pos = m.end()
        tok = m.group(1)
        if tok.startswith("~"):
            k = tok[1:]
            if "=" in k:
                k, v = k.split("=", 1)
            else:
                v = decoy_value(k, loc)
            d.decoy(k, case(v))
            continue
        name, _, arg = tok.partition(":")
        name = name.upper()
        idx = re.search(r"\d+$", name)
        i = int(idx.group()) if idx else 1
        b = name[:idx.start()] if idx else name
        al = arg or loc
        if b == "P":
            v = person(i).full
        elif b == "FN":
            v = person(i).given
        elif b == "SN":
            v = person(i).sur
        elif b == "WN":
            v = person(i, "given").given
        elif b == "WNP":
            v = person(i, "given").full
        elif b == "WS":
            v = person(i, "sur").sur
        elif b == "WSP":
            v = person(i, "sur").full
        elif b == "E":
            pp = people.get((i, None)) or people.get((i, "given")) or people.get((i, "sur")) or person(i)
            v = pp.email(loc if loc in LOC_GROUPS else "us")
        elif b == "PH":
            v = phone(al)
        elif b in ("A", "AM"):
            lines = address(al, multi=(b == "AM"))
            v = ("\n" if b == "AM" else ", ").join(lines)
        elif b == "DOB":
            v = dob(al)
        elif b == "CC":
            v = card()
        elif b == "IBAN":
            v = iban(arg or iban_cc(loc))
        elif b == "SSN":
            v = ssn()
        elif b == "NHS":
            v = nhs()
        elif b == "IP":
            v = pub_ip()
        elif b == "IP6":
            v = pub_ip6()
        elif b == "JWT" and arg == "named":
            v = jwt(person(1).full)
        elif b in SPAN_T and SPAN_T[b] in SECRET:
            v = secret(SPAN_T[b])
        else:
            raise ValueError("bad token %r in %r" % (tok, frame))
        v = case(v) if SPAN_T[b] not in SECRET else v
        d.span(SPAN_T[b], v)
    d.add(case(frame[pos:]))
    return d.finish(did, kind, loc, lang, sens, fid)



# ---------------------------------------------------------------------------------------------------------
# Sentence frames for fresh4, all written by hand for this set.
# {P} full name, {FN} given name, {SN} surname (after a title), {P2}/{FN2}/... a second person,
# {WN}/{WS}/{WNP}/{WSP} names that are also English words, {E} e-mail of person 1, {PH[:loc]} phone,
# {A[:loc]} one-line address, {AM[:loc]} multi-line address, {DOB[:loc]}, {CC}, {IBAN[:CC]}, {SSN}, {NHS},
# {IP}/{IP6}; secrets {PW} {KEY} {AWSAK} {AWSSK} {GH} {OAI} {ANT} {SLACK} {STRIPE} {JWT};
# {~kind} a random decoy of that kind, {~kind=value} a literal decoy.  Leading @de/@fr/... sets the locale,
# @lc lower-cases the whole document, @uc upper-cases it.

PERSONAL = {
    "llm_request": [
        "Summarise this complaint from {P} in two sentences and suggest a tone for the reply.",
        "Draft a polite reply to {P} explaining that the refund for order {~order_id} will take five working days.",
        "Extract the phone number from: \"Hi, it's {FN}, call me back on {PH} when you get this.\"",
        "Can you check whether {P} is on the guest list for Saturday?",
        "Rewrite this so it sounds friendlier: {FN}, you still haven't sent the forms.",
        "Translate into Spanish: Dear {P}, your appointment has been moved to {~time}.",
        "Please pull out every email address in this note: ping {E} about the venue and cc me.",
        "Write a short thank-you card for {FN}, who covered my shifts all week.",
        "What's the best way to tell {P2} that {FN} is taking over the account?",
        "Turn this into a bullet list: called {P}, left voicemail, will try {PH} again tomorrow.",
        "Classify the sentiment: \"{P} here, third time I'm writing, nobody has fixed my boiler.\"",
        "Give me a subject line for an email to {P} about the overdue invoice {~invoice_no}.",
        "Is this a valid IBAN? {IBAN}",
        "Check this card number for typos before I send it: {CC}",
        "Format this address for a UK envelope: {A:uk}",
        "Normalise these phone numbers to E.164: {PH}, {PH}",
        "Fill in the template with: name {P}, email {E}, phone {PH}.",
        "Can you work out how old {FN} is if she was born on {DOB}?",
        "Write a birthday message for my colleague {P} (born {DOB}), keep it short.",
        "Proofread: My name is {P} and I live at {A}.",
        "Make this LinkedIn recommendation for {P} sound less stiff.",
        "Summarize the thread below in one line. {FN}: can we move the call? {FN2}: sure, {~time} works.",
        "Find the customer in this export whose email is {E} and tell me what they ordered.",
        "Generate a polite chaser for {WNP}, who hasn't returned the signed contract.",
        "Who should I escalate to if {P} doesn't answer? Her direct line is {PH}.",
        "Rephrase for a formal letter: tell Mr {SN} we can't accept the parcel.",
        "Help me write an apology to Dr {SN} for missing the {~time} appointment.",
        "Check if {E} looks like a typo of a Gmail address.",
        "Is {SSN} a valid-looking SSN format? It's from {P}'s W-4.",
        "Put these attendees in alphabetical order: {P}, {P2}, {P3}.",
        "Extract the date of birth and name from: \"{P}, DOB {DOB}, allergic to penicillin\".",
        "Reply to {FN} and say the keys are under the mat.",
        "Does this NHS number pass the check digit? {NHS}",
        "Write a one-paragraph bio for {P}, a nurse from {~place} who joined us in {~year}.",
        "Could you look up which timezone {PH} is in? I need to call {FN} back.",
        "Convert to a vCard: {P}, {PH}, {E}",
        "Which of these signups are duplicates? {E}, {E2}, {E}",
        "Tell me if the IP {IP} in this login alert belongs to {P}'s home broadband.",
        "@lc summarise pls: {fn} says the delivery to {A} failed twice",
        "Draft an out-of-office that sends people to {P} ({E}) while I'm away.",
        "Make a seating plan: {FN} next to {FN2}, {FN3} by the window.",
        "Explain to {WN} why her claim was declined, gently.",
        "Score this CV for a junior analyst role. Candidate: {P}, {E}, {PH}.",
        "I need a cover note to go with {P}'s passport renewal form, date of birth {DOB}.",
        "Which bank issued the card {CC}? The customer is {FN}.",
        "Is {IP} a residential IP? {FN} claims she never logged in from there.",
        "List the action items for {FN} from these notes: book room, email {E2}, confirm catering.",
    ],
    "support_desk": [
        "Hi, my name is {P} and I can't log in to my account, my email is {E}.",
        "Customer {P} called about a double charge on card {CC}.",
        "Please update the delivery address for {P} to {A}.",
        "Caller gave DOB {DOB} and postcode but failed the security question.",
        "Ticket {~ticket_id}: {P} reports the app crashes on login. Contact: {PH}.",
        "Refund approved for {FN}; send confirmation to {E}.",
        "The customer ({P}) wants a call back before {~time} on {PH}.",
        "I'm writing on behalf of my mother, {P}, who lives at {A}.",
        "Hello, I ordered a {~product} but it went to {A} instead of my flat.",
        "my account's under {E}, can someone reset it?? been locked out since monday",
        "Caller: {FN}. Issue: router reboots every hour. Callback {PH}.",
        "Please don't contact {P} on {PH} after 6pm, she works nights.",
        "Verified the account holder {P} with date of birth {DOB}.",
        "Could you send the invoice {~invoice_no} to my new email, {E}? Thanks, {FN}",
        "Escalating: {P} says the engineer never arrived at {A}.",
        "Chargeback opened by {P}. Card ending {~card_last4=4417}, full PAN on file {CC}.",
        "Moving house! New address from next week: {AM}",
        "Payments to {P} should now go to {IBAN}.",
        "Mr {SN} rang again about ticket {~ticket_id}, very unhappy.",
        "Hi, {FN} here from 3B, the heating's off again. My mobile is {PH}.",
        "Suspicious logins for {E} from {IP} and {IP}. Lock the account?",
        "Reporter: {P} <{E}> | Severity: high | Summary: cannot export PDFs",
        "please call {WSP} on {PH}, he's been waiting since {~time}",
        "Customer {P} says card {CC} was declined twice at checkout.",
        "Block {IP}, it's {P}'s compromised laptop.",
        "Warranty claim for {~product} bought by {P}, proof of purchase attached.",
    ],
    "colleague_chat": [
        "@lc hey can you send me {fn}'s number? i think it's {ph} but not sure",
        "{FN} is off sick today, can someone cover her 2pm?",
        "Just spoke with {P}, she's happy to sign on Friday.",
        "fyi {FN} moved to {A}, update the payroll sheet",
        "@lc lunch w/ {fn} and {fn2} at 1?",
        "Ask {WN} about the budget, she owns it now.",
        "Have you met {P}? Starts Monday on the data team.",
        "{FN}'s leaving do is on Thursday, bring cake.",
        "Tell {FN} I said thanks for the slides!",
        "{~name_word=Mark} it as done once {FN} confirms.",
        "Can you forward {P}'s email to me? It's {E} I think.",
        "@lc omg {fn} just got engaged",
        "{FN} said to use her personal mobile, {PH}, this week.",
        "Did {FN2} ever hear back from {P}?",
        "I'll loop in {P} ({E}) on the vendor thread.",
        "running late, tell {FN} to start without me",
        "{P} from legal wants a word about the NDA.",
        "Who's {FN}? The new contractor or the auditor?",
        "@lc can u ask {fn} to ring me on {ph}",
        "Per {FN}, the client meeting moved to the 14th.",
        "Congrats to {P} on 10 years with us!",
        "Heads up: {P}'s birthday is coming up (born {DOB} apparently), let's get a card.",
        "Hope {FN} feels better soon.",
        "{~name_word=Will} {FN} be at the offsite, or is {FN2} going instead?",
        "{~name_word=Rose} by 3% — wait no, that's {WN}'s forecast, ask her.",
        "If {FN} asks, the password reset went to {E}.",
        "Sent the contract to Ms {SN}, waiting on her signature.",
        "@lc ok so {fn} {sn} is the one who booked the room, not me",
        "Can you ask {WN} whether the invoice went out?",
        "Mr {WS} is waiting in reception for you.",
        "{WNP} called twice about the quote, number {PH}.",
        "Please add {WNP} ({E}) to the mailing list.",
        "@lc {wn} says hi, she's back from leave monday",
        "Sympathy card for {WSP}'s family is at the front desk, please sign by Friday.",
        "Thanks {FN}!",
        "{FN} — can you review PR {~ticket_id} when you get a sec?",
    ],
    "email_snippet": [
        "Dear {P},\nThank you for your application. We will be in touch shortly.",
        "Hi {FN},\n\nQuick reminder that your lease renewal is due. Best, {FN2}",
        "Kind regards,\n{P}\nSenior Account Manager\n{PH}",
        "Dear Mr {SN}, please find attached the signed agreement.",
        "Please send your bank details to {P} at {E} before the end of the month.",
        "Good morning {FN}, I hope you had a restful weekend.",
        "Best wishes,\n{FN}\n\nSent from my phone",
        "As discussed with {P} on the phone ({PH}), we will proceed.",
        "To whom it may concern: {P}, born {DOB}, has been employed here since {~event_date}.",
        "Cheers, {FN} | {E} | {PH}",
        "Dear Dr {SN}, I'm referring my patient {P} (NHS no. {NHS}) for review.",
        "On {~event_date}, {P} wrote: > Can we reschedule to next week?",
        "From: {P} <{E}>\nSubject: Re: flat viewing",
        "Hi all, welcome {P} to the team — she's based in our {~place} office.",
        "Many thanks,\nMrs {P}\n{AM}",
        "Reply-To: {E}",
        "Dear {WNP}, we regret to inform you that the course is full.",
        "Please wire the deposit to {IBAN} (account holder: {P}).",
    ],
    "form_crm": [
        "Name: {P} | Phone: {PH} | Email: {E}",
        "Contact: {P}, {PH}",
        "DOB: {DOB}",
        "Lead: {P} — interested in the premium plan, follow up on {~event_date}.",
        "Emergency contact: {P} ({PH})",
        "Billing address: {A}",
        "Card holder: {P}  Card no.: {CC}",
        "SSN: {SSN}",
        "Patient: {P}, NHS number {NHS}, DOB {DOB}",
        "Applicant {P}, date of birth {DOB}, current address {A}.",
        "Ship to:\n{P}\n{AM}",
        "Note: spoke to {FN}'s husband, she'll call back.",
        "Customer since {~year}. Primary contact {P}, secondary {P2}.",
        "Name (as on passport): {P}",
        "Account owner: {E} | Last login IP: {IP}",
        "@uc surname: {sn}   given name: {fn}",
        "Beneficiary: {P}, IBAN {IBAN}",
        "Next of kin — {P}, tel. {PH}",
        "Referred by: {P}",
        "Tenant: {P}. Previous address: {A}. Mobile: {PH}.",
        "Guest: {P} (+1), dietary: vegetarian",
        "Sales rep {FN2} met {P} at the expo, sent brochure to {E}.",
        "Driver: {P}, born {DOB}, licence held since {~year}.",
        "{SN}, {FN} — membership renewal due {~event_date}",
        "Delivery instructions: leave with {FN} at no. {~house_no=12} if out.",
        "Donor: {P}; Gift Aid: yes; Postal address: {A}",
        "Payroll change: {P}, new IBAN {IBAN}, effective {~event_date}.",
        "Login from {IP6} for user {E}",
        "Parent/guardian: {P}, {PH}, {E}",
        "Tax ID (SSN): {SSN} — {P}",
        "Member {P}, SSN {SSN}, DOB {DOB}",
        "NHS No: {NHS}",
        "Mail for {P} goes to {~po_box=P.O. Box 9120}, not the street address.",
        "Interviewer: {P2}. Candidate: {P}. Slot: {~time}.",
        "{~po_box=PO Box 4471} is not accepted for delivery; use {P}'s home address {A}.",
    ],
    "extraction_text": [
        "Extract the fields from this text: \"{P}, {A}, {PH}\"",
        "Parse: name={P}; email={E}; dob={DOB}",
        "From the transcript: \"yeah it's {FN}, spelled the normal way, and my number's {PH}\"",
        "Text: 'Please contact {P} at {E} regarding the lease.' — what is the contact's email?",
        "Here's the signature block, pull out name and phone:\n{P}\nOperations Lead\nM: {PH}",
        "Which entities are people in: \"{P} met {P2} at {~brand} headquarters in {~place}.\"",
        "Anonymise this before I share it: {P} ({DOB}) was seen at {A}.",
        "Redact the card in: \"charge it to {CC}, exp {~card_expiry=09/27}\"",
        "Mask the SSN in this line: employee {P}, SSN {SSN}.",
        "What's the postcode in this address? {A:uk}",
        "Does this text contain personal data? \"Send the keys to {FN} at {A}.\"",
        "Split into first and last name: {P}",
        "Detect the language: \"{FN}, ti aspetto alle {~time} davanti al bar.\"",
    ],
    "texting": [
        "@lc its {fn} new number {ph} save it",
        "@lc r u coming to {fn}'s bday thing tmrw",
        "mum gave me {FN}'s email, it's {E}, message her",
        "@lc omw. tell {fn} 10 min",
        "this is {FN} btw, lost my phone, new no. {PH}",
        "@lc {fn} u still at {a}? coming over",
        "Can't make it tonight, sorry {FN} x",
        "@lc happy birthday {fn}!!! 🎉",
        "Ur parcel is with {FN} next door",
        "k. what's {P2}'s address again? {FN} needs it for the invite",
        "@lc lol {fn} and {fn2} are arguing about pizza again",
        "who's {FN}?? she texted me from {PH}",
    ],
    "notes_records": [
        "Meeting notes {~event_date}: {P} presented Q3 numbers; {P2} to follow up.",
        "Visited {P} at home ({A}); no concerns noted.",
        "Incident: {P} slipped near the loading bay at {~time}. Witness: {P2}.",
        "Reference check completed for {P} with former manager {P2} ({PH}).",
        "{P}, born {DOB} in {~place}, applied for the apprenticeship.",
        "Background: {P} has been a member since {~year} and volunteers on Sundays.",
        "Attendance: {FN}, {FN2}, {FN3} present; {FN4} apologies.",
        "Handover: bed 4 is {P}, DOB {DOB}, nil by mouth from midnight.",
        "Booked {P} on flight {~flight}, seat {~seat=14C}.",
        "Vendor contact changed from {P} to {P2}, {E2}.",
        "Interview with {P} moved to {~event_date} at {~time}.",
        "Keyholder list: {P} {PH}; {P2} {PH}",
        "Sun 3rd: {FN} collecting the kids, {FN2} drops off.",
        "Fraud review: transaction from {IP} using {CC}, cardholder {P}.",
        "Discharge summary for {P}, NHS {NHS}, follow-up with Dr {SN2}.",
        "User {FN} connected from {IP6} at {~time}.",
        "Note to self — return {FN}'s drill, she lives at {A}.",
        "{P} (tenant) reported mould in the bathroom on {~event_date}.",
    ],
    "titlecase_heading": [
        "Welcome Pack For {P}",
        "Farewell Lunch For {FN} {SN} — Friday At Noon",
        "Contact Sheet: {P}, {PH}",
        "Employee Of The Month: {P}",
        "@uc INVOICE FOR {p}",
        "Re: Visa Letter For {P} (DOB {DOB})",
        "In Loving Memory Of {P}, Born {DOB}",
    ],
    "multi_entity": [
        "{P}, {E}, {PH}, {A}",
        "Guests: {P} ({E}), {P2} ({E2}), {P3}.",
        "Please invite {FN} ({E}) and {FN2} ({E2}) to the kickoff.",
        "1. {P} – {PH}\n2. {P2} – {PH}\n3. {P3} – {PH}",
        "Mr and Mrs {SN}, {A}, tel. {PH}",
        "\"{P}\" <{E}>; \"{P2}\" <{E2}>",
        "Customer {P}, card {CC}, billing {A}, IP {IP}.",
    ],
    "de": [
        "@de Hallo {FN}, kannst du mich unter {PH} zurückrufen?",
        "@de Bitte fasse die Beschwerde von {P} kurz zusammen.",
        "@de Neue Anschrift von {P}: {A}",
        "@de Geburtsdatum: {DOB}, Name: {P}",
        "@de Die Überweisung an {P} geht auf IBAN {IBAN}.",
        "@de Frau {SN} hat angerufen und bittet um Rückruf bis {~time} Uhr.",
        "@de Schreib eine kurze Antwort an {P} ({E}) wegen der Mietkaution.",
        "@de @lc {fn} kommt heute später, sag bitte bescheid",
        "@de Mit freundlichen Grüßen\n{P}\nTel. {PH}",
        "@de Ist {P} schon auf der Gästeliste für die Weihnachtsfeier?",
    ],
    "fr": [
        "@fr Bonjour {FN}, pouvez-vous me rappeler au {PH} ?",
        "@fr Résume la réclamation de {P} en deux phrases.",
        "@fr Nouvelle adresse de {P} : {A}",
        "@fr Né(e) le {DOB} — nom : {P}",
        "@fr Merci de virer l'acompte sur l'IBAN {IBAN} au nom de {P}.",
        "@fr Mme {SN} a appelé au sujet du dossier {~ticket_id}.",
        "@fr Peux-tu écrire à {P} ({E}) pour confirmer le rendez-vous ?",
        "@fr @lc {fn} arrive dans 10 min, commence sans elle",
        "@fr Cordialement,\n{P}\n{PH}",
    ],
    "es": [
        "@es Hola {FN}, llámame al {PH} cuando puedas.",
        "@es Resume la queja de {P} en dos líneas, por favor.",
        "@es Dirección de envío: {A}",
        "@es Fecha de nacimiento: {DOB}. Nombre: {P}.",
        "@es Transfiere la fianza a {P}, IBAN {IBAN}.",
        "@es El señor {SN} ha llamado dos veces por la factura {~invoice_no}.",
        "@es Escríbele a {P} a {E} para confirmar la reserva.",
        "@es @lc dile a {fn} que ya llegué",
    ],
    "it": [
        "@it Ciao {FN}, mi richiami al {PH}?",
        "@it Riassumi il reclamo di {P} in poche righe.",
        "@it Indirizzo di consegna: {A}",
        "@it Nato il {DOB}, {P} ha chiesto il rinnovo della tessera.",
        "@it Bonifico a favore di {P}, IBAN {IBAN}.",
        "@it La signora {SN} aspetta una risposta via email a {E}.",
        "@it @lc {fn} arriva tardi stasera",
    ],
    "nl": [
        "@nl Hoi {FN}, kun je me terugbellen op {PH}?",
        "@nl Vat de klacht van {P} samen in twee zinnen.",
        "@nl Nieuw adres van {P}: {A}",
        "@nl Geboortedatum: {DOB} — {P}",
        "@nl Graag het bedrag overmaken naar {IBAN} t.n.v. {P}.",
        "@nl Mevrouw {SN} vraagt of je haar mailt op {E}.",
        "@nl @lc {fn} is ziek vandaag, wie neemt haar dienst over?",
    ],
    "pt": [
        "@pt Olá {FN}, pode ligar-me para o {PH}?",
        "@pt Resume a reclamação de {P} em duas frases.",
        "@pt Morada: {A}",
        "@br Oi {FN}, me liga no {PH} quando puder.",
        "@br Nome: {P} | Data de nascimento: {DOB} | E-mail: {E}",
        "@br Endereço de entrega: {A}",
        "@pt Transferir a caução para {P}, IBAN {IBAN:PT}.",
        "@br @lc {fn} chegou, pode subir",
    ],
}

SECRET_FRAMES = {
    "secret_chat": [
        "Why does this fail? export AWS_ACCESS_KEY_ID={AWSAK} AWS_SECRET_ACCESS_KEY={AWSSK}",
        "my github token {GH} stopped working after the org rename, any idea?",
        "Summarise this config: OPENAI_API_KEY={OAI}",
        "The guest wifi password is {PW}",
        "Login for the staging db is admin / {PW}",
        "curl -H 'Authorization: Bearer {JWT}' https://api.kestrelpay.io/v1/me returns 401, why?",
        "Slack bot token for the alerts channel: {SLACK} (rotate after the demo)",
        "stripe.api_key = \"{STRIPE}\"  # is this the right place to set it?",
        "ANTHROPIC_API_KEY={ANT}",
        "Requests get 403 with key {KEY}, what am I missing?",
        "My password is {PW}, is it strong enough?",
        "{FN} said the root password on the NAS is {PW}",
        "postgres://app:{PW}@db.internal:5432/orders — connection refused, help",
        "Here's my .env, can you spot the typo? API_KEY={KEY}",
        "@lc pw for the shared mailbox is {PW} dont tell anyone",
        "Can you explain this JWT? {JWT:named}",
        "Rotate this GitHub PAT, it leaked in a screenshot: {GH}",
        "Use key {OAI} for the eval run, not the old one.",
        "Paste for {P}: user {E} / password {PW}",
        "AWS_ACCESS_KEY_ID={AWSAK}",
        "@de Das Passwort für den Router lautet {PW}.",
        "@fr Voici la clé API du projet : {KEY}",
        "@es La contraseña del correo de {FN} es {PW}",
        "@nl Het wachtwoord voor de portal is {PW}, niet doorsturen.",
    ],
}

PUBLIC = {
    "general_knowledge": [
        "Who painted Guernica, {~public_figure=Pablo Picasso} or {~public_figure=Salvador Dalí}?",
        "When did {~public_figure=Barack Obama} become president?",
        "Give me three facts about {~public_figure}.",
        "Summarise the life of {~public_figure} for a ten-year-old.",
        "Compare the writing styles of {~public_figure=Jane Austen} and {~public_figure=Toni Morrison}.",
        "Why is {~place=Washington} called {~place=Washington}?",
        "Is {~place=Victoria} named after {~public_figure=Queen Victoria}?",
        "How tall was {~public_figure=Napoleon Bonaparte} really?",
        "What did {~public_figure=Marie Curie} win her second Nobel Prize for?",
        "Write a haiku in the style of {~public_figure=Rumi}.",
        "Who scored when {~public_figure=Lionel Messi}'s team won {~score}?",
        "List the main characters in {~title}.",
        "Is {~title=Anna Karenina} longer than {~title=Don Quixote}?",
        "Recommend films like {~title=Forrest Gump} and {~title=Amélie}.",
        "What year was {~title=Frankenstein} published? I think {~year=1818}.",
        "@lc who was {~public_figure=ada lovelace} and why does everyone mention her",
        "Explain {~public_figure=Alan Turing}'s halting problem simply.",
        "Which came first, {~public_figure=Confucius} or {~public_figure=Socrates}?",
        "Did {~public_figure=Eliud Kipchoge} really run a marathon under two hours?",
        "What's the plot of {~title=Jane Eyre} in one paragraph?",
        "@fr Qui a écrit {~title=Le Petit Prince} ?",
        "@de Wann wurde {~public_figure=Ludwig van Beethoven} taub?",
        "@es ¿Por qué {~public_figure=Miguel de Cervantes} escribió {~title=Don Quixote}?",
        "@it Chi era {~public_figure=Dante Alighieri}?",
        "@pt Quem foi {~public_figure=Fernando Pessoa}?",
        "@nl Waarom is het {~place=Rembrandtplein} naar {~public_figure=Rembrandt van Rijn} genoemd?",
    ],
    "brand_product": [
        "Is {~brand} still owned by the founding family?",
        "Compare the {~product} with the {~product} for battery life.",
        "Best flavour of {~brand=Ben & Jerry's} for a party?",
        "Does {~brand=Tim Hortons} sell oat milk?",
        "My {~product} won't charge past {~percent}, any fix?",
        "Write an ad for a {~brand=Ford} dealership in {~place=Lincoln}.",
        "Is {~brand=Dr. Martens} sizing the same as {~brand=Adidas}?",
        "How much is a {~brand=Porsche} 911 service, roughly {~amount}?",
        "@de Lohnt sich ein {~product} für {~amount}?",
        "Why did {~brand=Hewlett-Packard} split in two?",
    ],
    "ops_ids": [
        "Order {~order_id} shipped today, tracking {~tracking_no}.",
        "Ticket {~ticket_id} is blocked by {~ticket_id}.",
        "Invoice {~invoice_no} for {~amount} is due on {~event_date}.",
        "Release {~version} fixes the crash introduced in {~version}.",
        "Upgrade from {~version} to {~version} before {~event_date}.",
        "Revert commit {~git_sha}, it broke the build.",
        "ISBN {~isbn} is out of stock; reorder {~measure} boxes.",
        "The request id {~uuid} timed out after {~measure}.",
        "Meeting in {~room} at {~time}, bring laptops.",
        "Flight {~flight} departs at {~time} from gate 22.",
        "Rename {~code_ident} to {~code_ident} in the next PR.",
        "Why does {~code_ident} return null for new users?",
        "The server at {~private_ip} can't reach {~private_ip}.",
        "Use {~doc_ip} in the docs example, never a real address.",
        "Set the API key to {~placeholder_key} in your local config.",
        "Replace {~placeholder_name} with the customer's name in the template.",
        "Dear {~placeholder_name}, your order is on its way.",
        "For support email {~org_email} or call {~org_phone}.",
        "Send test mails to {~example_email} only.",
        "Test card {~test_fixture} always succeeds in the sandbox.",
        "@lc deploy {~version} to prod at {~time} pls",
        "Stock at {~amount} per unit; {~percent} off until {~event_date}.",
        "Backup job ran at {~time}, {~measure} written.",
        "@fr Commande {~order_id} expédiée le {~event_date}.",
        "@es El pedido {~order_id} llega el {~event_date}.",
        "@nl Bestelling {~order_id} wordt op {~event_date} bezorgd.",
        "@it La fattura {~invoice_no} scade il {~event_date}.",
    ],
    "everyday_public": [
        "{~name_word=Will} you remind me to water the plants at {~time}?",
        "{~name_word=Rose} by {~percent} in the last quarter, says the report.",
        "{~name_word=Mark} it done once the tests pass.",
        "{~name_word=Grace} period ends on {~event_date}.",
        "{~name_word=Hope} this helps! The recipe needs {~measure} of flour.",
        "{~name_word=Summer} sale starts {~event_date}: up to {~percent} off.",
        "{~name_word=Hunter} green paint, {~measure} tin, {~amount}.",
        "Final score {~score}, after extra time.",
        "The bridge is {~measure} long and opened in {~year}.",
        "Preheat the oven to {~measure} and bake for 25 minutes.",
        "{~name_word=Price} increases take effect on {~event_date}.",
        "{~name_word=King} tide expected at {~time} on {~event_date}.",
        "{~name_word=White} noise helps me sleep, any good apps?",
        "{~name_word=Young} people under 16 travel free on weekends.",
        "{~name_word=Long} story short, the train was cancelled.",
        "{~name_word=Bill} me later for the extra {~amount}.",
        "@lc {~name_word=will} do, see u at {~time}",
        "{~brand=Joy Division} released Closer in {~year=1980}.",
        "{~name_word=Art} class moves to {~room} next week.",
        "{~name_word=Chase} the invoice {~invoice_no} if not paid by {~event_date}.",
        "The event on {~event_date} starts at {~time}; tickets {~amount}.",
        "Sunset today at {~time}, high of {~measure}.",
        "Can you convert {~measure} to inches?",
        "How long does a {~measure} run take at a gentle pace?",
        "@de Der Zug fährt um {~time} ab Gleis 4.",
        "@fr Le match s'est terminé {~score}.",
        "@es Bienvenido, {~placeholder_name}: tu cuenta está lista.",
        "@pt Promoção válida até {~event_date}.",
        "@it Il museo apre alle {~time} la domenica.",
    ],
    "places_named": [
        "What's the weather in {~place} this weekend?",
        "Plan a day trip from {~place=Melbourne} to {~place=Adelaide}.",
        "Is {~place=Lake Victoria} bigger than {~place=Lake Superior}?",
        "Best tacos near {~place=Houston} airport?",
        "Cheap flights {~place=Charlotte} to {~place=Raleigh} on {~event_date}?",
        "How did {~place=Pittsburgh} get its name?",
        "The {~brand=Walt Disney} resort near {~place=Orlando} opens at {~time}.",
        "@lc driving thru {~place=darwin} next week, any tips",
    ],
}



def main():
    stats = "--stats" in sys.argv
    plan = []
    for cat, groups, n in (("personal", PERSONAL, 1100), ("secret", SECRET_FRAMES, 100), ("public", PUBLIC, 300)):
        flat = [(kind, f, "%s-%s-%03d" % (cat[:3], kind, j)) for kind, fl in groups.items() for j, f in enumerate(fl)]
        order = []
        while len(order) < n:
            batch = flat[:]
            R.shuffle(batch)
            order.extend(batch)
        plan.extend((cat, k, f, fid) for k, f, fid in order[:n])
    R.shuffle(plan)
    docs = [render(f, "fr4-%05d" % (i + 1), k, cat, fid) for i, (cat, k, f, fid) in enumerate(plan)]
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as g:
        for dd in docs:
            g.write((json.dumps(dd, ensure_ascii=False) + "\n").encode("utf-8"))
    data = buf.getvalue()
    with open(os.path.join(HERE, "fresh4.jsonl.gz"), "wb") as f:
        f.write(data)
    if stats:
        c = collections.Counter(d["sensitivity"] for d in docs)
        st = collections.Counter(s["type"] for d in docs for s in d["spans"])
        dk = collections.Counter(x["kind"] for d in docs for x in d["decoys"])
        kinds = collections.Counter(d["kind"] for d in docs)
        langs = collections.Counter(d["lang"] for d in docs)
        locs = collections.Counter(d["locale"] for d in docs)
        nframes = sum(len(v) for g in (PERSONAL, SECRET_FRAMES, PUBLIC) for v in g.values())
        print("docs", len(docs), dict(c))
        print("frames", nframes, {n: sum(len(v) for v in g.values()) for n, g in (("personal", PERSONAL), ("secret", SECRET_FRAMES), ("public", PUBLIC))})
        print("spans", sum(st.values()), dict(st.most_common()))
        print("decoys", sum(dk.values()), dict(dk.most_common()))
        print("kinds", dict(kinds.most_common()))
        print("langs", dict(langs.most_common()))
        print("locales", dict(locs.most_common()))
        multi = sum(1 for d in docs if len(d["spans"]) >= 2)
        print("docs with >=2 spans", multi, "max len", max(len(d["text"]) for d in docs))
        pers = [s for d in docs for s in d["spans"] if s["type"] == "PERSON"]
        print("PERSON single-word", sum(1 for s in pers if " " not in s["value"]), "of", len(pers))
        print("personal docs whose only PII is one single-word PERSON", sum(1 for d in docs if d["sensitivity"] == "personal" and len(d["spans"]) == 1 and d["spans"][0]["type"] == "PERSON" and " " not in d["spans"][0]["value"]))
        print("md5", hashlib.md5(data).hexdigest())


if __name__ == "__main__":
    main()
